package kr.crm.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.crm.api.audit.ChainCheck;
import kr.crm.api.store.AccessLogStore;

/**
 * Walks the chain from the first kept row to the head, page by page, and stops at the first row that does not
 * match: its recomputed hash differs (CHANGED), its sequence number skips (MISSING), it does not point at its
 * predecessor's hash (RELINKED), the rows end before the head or start after the retention mark (TRUNCATED), or a row
 * whose hash this node copied out earlier has another hash now (REWRITTEN: someone recomputed the chain up to it). A
 * head behind an anchor is TRUNCATED too: rows were removed from the end and the head moved back; so is an anchor
 * copied less than 366 days ago below the retention mark, as the database keeps every row that long. Two copies of
 * one row with different hashes are REWRITTEN whatever the row holds now (decision 255).
 * Rows appended while it walks are beyond the head it read first and are left for the next walk.
 */
final class ChainVerifier {
    static final int PAGE = 10_000;
    /** The database refuses to delete a log row younger than this (migration V25's trigger). */
    static final Duration KEPT_AT_LEAST = Duration.ofDays(366);

    private final AccessLogStore store;
    private final Clock clock;

    ChainVerifier(AccessLogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    ChainCheck verify(AnchorFile anchorFile) {
        long started = System.nanoTime();
        Instant at = clock.instant();
        List<Anchor> anchors;
        RuntimeException unreadable = null;
        try {
            anchors = anchorFile.read(); // before the head: a copy made meanwhile is then not ahead of it
        } catch (RuntimeException e) {
            anchors = List.of();
            unreadable = e;
        }
        AccessLogStore.Head head = store.head();
        long first = head.prunedThrough() + 1;
        Walk walk = new Walk(head, first, at, started);
        if (unreadable != null) {
            return walk.bad(null, "ANCHORS_UNREADABLE");
        }
        Instant yearAgo = at.minus(KEPT_AT_LEAST);
        Map<Long, Set<String>> anchored = new HashMap<>();
        for (Anchor a : anchors) {
            if (a.seq() >= first) {
                anchored.computeIfAbsent(a.seq(), s -> new HashSet<>()).add(a.hash());
            } else if (a.at().isAfter(yearAgo)) { // retention cannot have removed a row copied out this recently
                return walk.bad(a.seq(), "TRUNCATED");
            }
        }
        walk.anchors = anchored.size();
        long expected = first;
        String previousHash = null;
        while (expected <= head.seq()) {
            List<AccessLogStore.Row> page = store.range(expected - 1, head.seq(), PAGE);
            if (page.isEmpty()) {
                return walk.bad(expected, "TRUNCATED");
            }
            for (AccessLogStore.Row row : page) {
                long seq = row.access().seq();
                if (seq != expected) {
                    return walk.bad(expected, "MISSING");
                }
                if (previousHash != null && !previousHash.equals(row.previousHash())) {
                    return walk.bad(seq, "RELINKED");
                }
                if (!ChainHash.of(seq, row.previousHash(), row.access().entry()).equals(row.access().hash())) {
                    return walk.bad(seq, "CHANGED");
                }
                Set<String> copied = anchored.get(seq);
                if (copied != null && (copied.size() > 1 || !copied.contains(row.access().hash()))) {
                    return walk.bad(seq, "REWRITTEN");
                }
                previousHash = row.access().hash();
                walk.rows++;
                expected++;
            }
        }
        if (previousHash != null && !previousHash.equals(head.hash())) {
            return walk.bad(head.seq(), "TRUNCATED");
        }
        if (anchored.keySet().stream().anyMatch(seq -> seq > head.seq())) {
            return walk.bad(head.seq() + 1, "TRUNCATED");
        }
        return walk.intact();
    }

    /** What one walk has seen so far. */
    private static final class Walk {
        private final AccessLogStore.Head head;
        private final long first;
        private final Instant at;
        private final long started;
        private long rows;
        private int anchors;

        Walk(AccessLogStore.Head head, long first, Instant at, long started) {
            this.head = head;
            this.first = first;
            this.at = at;
            this.started = started;
        }

        ChainCheck bad(Long seq, String problem) {
            return new ChainCheck(false, rows, first, head.seq(), head.hash(), seq, problem, anchors, at, millis());
        }

        ChainCheck intact() {
            return new ChainCheck(true, rows, first, head.seq(), head.hash(), null, null, anchors, at, millis());
        }

        private long millis() {
            return (System.nanoTime() - started) / 1_000_000;
        }
    }
}
