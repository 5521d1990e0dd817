package kr.crm.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.crm.api.audit.ChainCheck;
import kr.crm.api.store.AccessLogStore;

/**
 * Walks the chain from the first kept row to the head, page by page, and stops at the first row that does not
 * match: its recomputed hash differs (CHANGED), its sequence number skips (MISSING), it does not point at its
 * predecessor's hash (RELINKED), or the rows end before the head or start after the retention mark (TRUNCATED).
 * Rows appended while it walks are beyond the head it read first and are left for the next walk.
 */
final class ChainVerifier {
    static final int PAGE = 10_000;

    private final AccessLogStore store;
    private final Clock clock;

    ChainVerifier(AccessLogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    ChainCheck verify() {
        long started = System.nanoTime();
        Instant at = clock.instant();
        AccessLogStore.Head head = store.head();
        long first = head.prunedThrough() + 1;
        long expected = first;
        String previousHash = null;
        long rows = 0;
        while (expected <= head.seq()) {
            List<AccessLogStore.Row> page = store.range(expected - 1, head.seq(), PAGE);
            if (page.isEmpty()) {
                return bad(rows, first, head, expected, "TRUNCATED", at, started);
            }
            for (AccessLogStore.Row row : page) {
                long seq = row.access().seq();
                if (seq != expected) {
                    return bad(rows, first, head, expected, "MISSING", at, started);
                }
                if (previousHash != null && !previousHash.equals(row.previousHash())) {
                    return bad(rows, first, head, seq, "RELINKED", at, started);
                }
                if (!ChainHash.of(seq, row.previousHash(), row.access().entry()).equals(row.access().hash())) {
                    return bad(rows, first, head, seq, "CHANGED", at, started);
                }
                previousHash = row.access().hash();
                rows++;
                expected++;
            }
        }
        if (previousHash != null && !previousHash.equals(head.hash())) {
            return bad(rows, first, head, head.seq(), "TRUNCATED", at, started);
        }
        return new ChainCheck(true, rows, first, head.seq(), null, null, at, millis(started));
    }

    private static ChainCheck bad(long rows, long first, AccessLogStore.Head head, long seq, String problem,
            Instant at, long started) {
        return new ChainCheck(false, rows, first, head.seq(), seq, problem, at, millis(started));
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
