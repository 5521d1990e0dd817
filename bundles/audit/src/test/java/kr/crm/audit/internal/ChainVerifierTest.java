package kr.crm.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.crm.api.audit.AccessAction;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.audit.ChainCheck;
import kr.crm.api.audit.LoggedAccess;
import kr.crm.api.audit.ReviewReport;
import kr.crm.api.store.AccessLogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainVerifierTest {

    /** An in-memory chain that a test can tamper with. */
    static class MemoryStore implements AccessLogStore {
        final List<Row> rows = new ArrayList<>();
        Head head = new Head(0, "0".repeat(64), 0);
        final java.util.Map<String, Long> marks = new java.util.HashMap<>();

        @Override
        public synchronized boolean appendCopied(List<AccessEntry> entries, Chain chain, String journal, long from,
                long through) {
            if (marks.getOrDefault(journal, 0L) != from) {
                return false;
            }
            appendAll(entries, chain);
            marks.put(journal, through);
            return true;
        }

        @Override
        public synchronized long copiedThrough(String journal) {
            return marks.getOrDefault(journal, 0L);
        }

        @Override
        public synchronized void finishJournal(String journal) {
            marks.put(journal, FINISHED);
        }

        @Override
        public List<LoggedAccess> appendAll(List<AccessEntry> entries, Chain chain) {
            List<LoggedAccess> added = new ArrayList<>();
            for (AccessEntry entry : entries) {
                long seq = head.seq() + 1;
                String hash = chain.hash(seq, head.hash(), entry);
                rows.add(new Row(new LoggedAccess(seq, entry, hash), head.hash()));
                head = new Head(seq, hash, head.prunedThrough());
                added.add(rows.get(rows.size() - 1).access());
            }
            return added;
        }

        synchronized long rowsOf(String user) {
            return rows.stream().filter(r -> r.access().entry().user().equals(user)).count();
        }

        @Override
        public Head head() {
            return head;
        }

        @Override
        public List<Row> range(long afterSeq, long untilSeq, int limit) {
            return rows.stream().filter(r -> r.access().seq() > afterSeq && r.access().seq() <= untilSeq)
                    .limit(limit).toList();
        }

        @Override
        public List<LoggedAccess> about(String customerKey, int limit) {
            return List.of();
        }

        @Override
        public List<LoggedAccess> recent(int limit) {
            return List.of();
        }

        @Override
        public List<LoggedAccess> actions(List<String> actions, Instant from, Instant to, int limit) {
            return List.of();
        }

        @Override
        public List<LoggedAccess> bulkReads(int minRows, Instant from, Instant to, int limit) {
            return List.of();
        }

        @Override
        public List<ReviewReport.Reader> topReaders(Instant from, Instant to, int limit) {
            return List.of();
        }

        @Override
        public void addReview(String month, String reviewer, String note, Instant at) {
        }

        @Override
        public List<ReviewReport.Review> reviews(String month) {
            return List.of();
        }

        @Override
        public long peopleHeld() {
            return 0;
        }

        @Override
        public int prune(Instant cutoff, int limit) {
            return 0;
        }
    }

    private static MemoryStore chainOf(int n) {
        MemoryStore store = new MemoryStore();
        for (int i = 0; i < n; i++) {
            store.append(new AccessEntry(Instant.ofEpochMilli(1_700_000_000_000L + i), "rep.kim", "10.0.0.1",
                    AccessAction.VIEW, List.of("C00000000001"), 1, "GET v1/customers/{key}", null), ChainHash::of);
        }
        return store;
    }

    @TempDir
    Path anchorDir;

    private ChainCheck verify(MemoryStore store) {
        return new ChainVerifier(store, Clock.systemUTC()).verify(new AnchorFile(anchorDir));
    }

    private void anchorHead(MemoryStore store) {
        new AnchorFile(anchorDir).append(new Anchor(store.head().seq(), store.head().hash(), Instant.now()));
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainCheck check = verify(chainOf(25));
        assertThat(check.intact()).isTrue();
        assertThat(check.rows()).isEqualTo(25);
        assertThat(check.lastSeq()).isEqualTo(25);
    }

    @Test
    void aChangedRowCountIsFoundAtItsRow() {
        MemoryStore store = chainOf(10);
        AccessStoreRows.replace(store, 4, e -> new AccessEntry(e.at(), e.user(), e.source(), e.action(),
                e.customerKeys(), 500, e.resource(), e.reason()));
        ChainCheck check = verify(store);
        assertThat(check.intact()).isFalse();
        assertThat(check.badSeq()).isEqualTo(4);
        assertThat(check.problem()).isEqualTo("CHANGED");
    }

    @Test
    void aRemovedRowInTheMiddleOrAtTheEndIsFound() {
        MemoryStore store = chainOf(10);
        store.rows.remove(6); // seq 7
        ChainCheck middle = verify(store);
        assertThat(middle.badSeq()).isEqualTo(7);
        assertThat(middle.problem()).isEqualTo("MISSING");

        MemoryStore tail = chainOf(10);
        tail.rows.remove(9);
        assertThat(verify(tail).problem()).isEqualTo("TRUNCATED");
    }

    @Test
    void aRowRewrittenWithAFreshHashBreaksTheNextLink() {
        MemoryStore store = chainOf(5);
        AccessStoreRows.rehash(store, 2, e -> new AccessEntry(e.at(), "someone.else", e.source(), e.action(),
                e.customerKeys(), e.rows(), e.resource(), e.reason()));
        ChainCheck check = verify(store);
        assertThat(check.badSeq()).isEqualTo(3);
        assertThat(check.problem()).isEqualTo("RELINKED");
    }

    @Test
    void aChainRecomputedAfterItsHeadWasCopiedOutIsFoundAtTheCopiedRow() {
        MemoryStore store = chainOf(10);
        anchorHead(store);
        AccessStoreRows.rechain(store, 4, e -> new AccessEntry(e.at(), e.user(), e.source(), e.action(),
                e.customerKeys(), 0, e.resource(), e.reason()));
        ChainCheck check = verify(store);
        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).isEqualTo("REWRITTEN");
        assertThat(check.badSeq()).isEqualTo(10);
        assertThat(check.anchors()).isEqualTo(1);
    }

    @Test
    void rowsRemovedFromTheEndWithTheHeadMovedBackAreFoundAgainstTheCopy() {
        MemoryStore store = chainOf(10);
        anchorHead(store);
        AccessStoreRows.cut(store, 7);
        ChainCheck check = verify(store);
        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).isEqualTo("TRUNCATED");
        assertThat(check.badSeq()).isEqualTo(8);
    }

    @Test
    void aCopyOfAnOlderHeadStillMatchesAChainThatGrewSince() {
        MemoryStore store = chainOf(5);
        anchorHead(store);
        anchorHead(store); // the same head is kept once
        for (int i = 0; i < 5; i++) {
            store.append(new AccessEntry(Instant.ofEpochMilli(1_800_000_000_000L + i), "rep.lee", "10.0.0.2",
                    AccessAction.EXPORT, List.of("C00000000002"), 3, "GET v1/reports/pareto", "월간 보고"), ChainHash::of);
        }
        anchorHead(store);
        ChainCheck check = verify(store);
        assertThat(check.intact()).as(check.toString()).isTrue();
        assertThat(check.anchors()).isEqualTo(2);
        assertThat(check.lastHash()).isEqualTo(store.head().hash());
        assertThat(new AnchorFile(anchorDir).read()).extracting(Anchor::seq).containsExactly(5L, 10L);
    }

    @Test
    void aRetentionMarkRaisedPastARowCopiedOutThisYearIsTruncation() {
        MemoryStore store = chainOf(10);
        anchorHead(store); // row 10, copied now
        store.rows.subList(0, 10).clear();
        store.head = new AccessLogStore.Head(10, store.head.hash(), 10); // "retention removed" everything
        ChainCheck check = verify(store);
        assertThat(check.problem()).isEqualTo("TRUNCATED");
        assertThat(check.badSeq()).isEqualTo(10);
    }

    @Test
    void aRowCopiedOutWithTwoDifferentHashesIsRewrittenWhicheverItHoldsNow() {
        MemoryStore store = chainOf(6);
        String real = store.head().hash();
        new AnchorFile(anchorDir).append(new Anchor(6, real, Instant.now()));
        new AnchorFile(anchorDir).append(new Anchor(6, "f".repeat(64), Instant.now()));
        ChainCheck check = verify(store);
        assertThat(check.problem()).isEqualTo("REWRITTEN");
        assertThat(check.badSeq()).isEqualTo(6);
    }

    @Test
    void aWriteCutShortIsNotReadAndTheNextCopyTakesItsPlace() throws Exception {
        MemoryStore store = chainOf(4);
        anchorHead(store);
        Path file = anchorDir.resolve(AnchorFile.NAME);
        Files.writeString(file, "4\t" + store.head().hash().substring(0, 20), java.nio.file.StandardOpenOption.APPEND);
        assertThat(verify(store).intact()).isTrue();
        store.append(new AccessEntry(Instant.now(), "rep.kim", "10.0.0.1", AccessAction.VIEW, List.of("C1"), 1, "r",
                null), ChainHash::of);
        anchorHead(store);
        assertThat(Files.readAllLines(file)).hasSize(2).allMatch(line -> line.split("\t").length == 3);
        assertThat(verify(store).anchors()).isEqualTo(2);
    }

    @Test
    void anAnchorFileThatHeldCopiesAndIsGoneFailsTheCheck() throws Exception {
        MemoryStore store = chainOf(3);
        AnchorFile anchors = new AnchorFile(anchorDir);
        anchors.append(new Anchor(3, store.head().hash(), Instant.now()));
        Files.delete(anchorDir.resolve(AnchorFile.NAME));
        ChainCheck check = new ChainVerifier(store, Clock.systemUTC()).verify(anchors);
        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).isEqualTo("ANCHORS_UNREADABLE");
    }

    @Test
    void anAnchorFileThatCannotBeReadFailsTheCheckNamingIt() throws Exception {
        MemoryStore store = chainOf(3);
        Files.writeString(anchorDir.resolve(AnchorFile.NAME), "3\tnot-a-hash\t2026-12-07T00:00:00Z\n");
        ChainCheck check = verify(store);
        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).isEqualTo("ANCHORS_UNREADABLE");
    }

    @Test
    void theHashCoversTheReasonAndTellsNoReasonFromAnEmptyOne() {
        AccessEntry none = new AccessEntry(Instant.EPOCH, "a", "b", AccessAction.EXPORT, List.of(), 3, "r", null);
        AccessEntry empty = new AccessEntry(Instant.EPOCH, "a", "b", AccessAction.EXPORT, List.of(), 3, "r", "-");
        assertThat(ChainHash.of(1, "0", none)).isNotEqualTo(ChainHash.of(1, "0", empty));
    }
}
