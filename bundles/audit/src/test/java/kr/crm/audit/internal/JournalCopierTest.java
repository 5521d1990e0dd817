package kr.crm.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kr.crm.api.audit.AccessAction;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.store.AccessLogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCopierTest {
    private static final long SEGMENT = 64L << 20;

    @TempDir
    Path dir;
    @TempDir
    Path anchors;

    private final ChainVerifierTest.MemoryStore store = new ChainVerifierTest.MemoryStore();

    @Test
    void whatIsFlushedIsCopiedInOrderIntoOneIntactChainAndTheEntriesComeBackAsWritten() throws Exception {
        try (AccessJournal journal = AccessJournal.open(dir, SEGMENT)) {
            JournalCopier copier = new JournalCopier(journal, store);
            journal.write(List.of(entry("rep.kim", 0), entry("rep.lee", 1)));
            journal.write(List.of(entry("mgr.park", 2)));
            AccessEntry export = new AccessEntry(Instant.ofEpochMilli(1_700_000_000_123L), "admin", "10.0.0.9",
                    AccessAction.EXPORT, IntStream.range(0, AccessEntry.MAX_KEYS).mapToObj(i -> "C" + i).toList(),
                    500, "GET v1/customers/export", "분기 실적 보고 (영업팀)");
            journal.write(List.of(export));
            copier.catchUp();
            copier.close();
        }
        assertThat(store.rows).extracting(r -> r.access().entry().user())
                .containsExactly("rep.kim", "rep.lee", "mgr.park", "admin");
        assertThat(store.rows.get(3).access().entry()).isEqualTo(new AccessEntry(
                Instant.ofEpochMilli(1_700_000_000_123L), "admin", "10.0.0.9", AccessAction.EXPORT,
                IntStream.range(0, AccessEntry.MAX_KEYS).mapToObj(i -> "C" + i).toList(), 500,
                "GET v1/customers/export", "분기 실적 보고 (영업팀)"));
        assertThat(new ChainVerifier(store, Clock.systemUTC()).verify(new AnchorFile(anchors)).intact()).isTrue();
    }

    @Test
    void entriesLeftByAHostThatDiedAreCopiedByTheNextStartAndACutShortTailIsDropped() throws Exception {
        AccessJournal first = AccessJournal.open(dir, SEGMENT);
        first.write(List.of(entry("rep.kim", 0), entry("rep.kim", 1)));
        first.write(List.of(entry("rep.kim", 2)));
        Path segment = segments().get(0);
        first.close(); // the host died here: nothing was copied
        ByteBuffer torn = JournalRecords.encode(List.of(entry("rep.kim", 3)));
        Files.write(segment, java.util.Arrays.copyOf(torn.array(), torn.limit() - 5), StandardOpenOption.APPEND);

        try (AccessJournal next = AccessJournal.open(dir, SEGMENT)) {
            JournalCopier copier = new JournalCopier(next, store);
            next.write(List.of(entry("rep.lee", 4)));
            copier.catchUp();
            copier.close();
            assertThat(segments()).hasSize(1).doesNotContain(segment);
        }
        assertThat(store.rows).extracting(r -> r.access().entry().at().toEpochMilli() - 1_700_000_000_000L)
                .containsExactly(0L, 1L, 2L, 4L);
        assertThat(store.marks).containsEntry(segment.getFileName().toString().replace(".log", ""),
                AccessLogStore.FINISHED);
    }

    @Test
    void aStoppedNodesCopierAppendsNothingOfWhatItsSuccessorCopied() throws Exception {
        AccessJournal first = AccessJournal.open(dir, SEGMENT);
        JournalCopier stopped = new JournalCopier(first, store);
        first.write(List.of(entry("rep.kim", 0), entry("rep.kim", 1)));
        first.close();
        try (AccessJournal next = AccessJournal.open(dir, SEGMENT)) {
            new JournalCopier(next, store).catchUp();
            assertThatThrownBy(stopped::catchUp).hasMessage("access-log journal is closed");
            next.write(List.of(entry("rep.lee", 2)));
            String copiedWhole = store.marks.keySet().iterator().next();
            assertThat(store.appendCopied(List.of(entry("rep.kim", 0)), ChainHash::of, copiedWhole, 0, 100))
                    .as("a copy that read the segment before it was finished").isFalse();
        }
        assertThat(store.rows).hasSize(2);
    }

    @Test
    void segmentsStartedWhileTheCopierRunsAreNeitherLostNorCopiedTwice() throws Exception {
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(4);
        try (AccessJournal journal = AccessJournal.open(dir, 1)) { // a new segment after every write
            JournalCopier copier = new JournalCopier(journal, store).start();
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 150; i++) {
                        journal.write(List.of(entry("writer" + writer, i)));
                        copier.signal();
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
            copier.catchUp();
            copier.close();
        } finally {
            writers.shutdownNow();
        }
        assertThat(store.rows).hasSize(600);
        assertThat(store.rows.stream().map(r -> r.access().entry().user() + "/" + r.access().entry().at()).distinct())
                .hasSize(600);
    }

    @Test
    void aCopyWhoseCommitWasNotSeenIsNotAppendedAgain() throws Exception {
        AtomicBoolean loseReply = new AtomicBoolean(true);
        ChainVerifierTest.MemoryStore flaky = new ChainVerifierTest.MemoryStore() {
            @Override
            public synchronized boolean appendCopied(List<AccessEntry> entries, Chain chain, String journal,
                    long from, long through) {
                boolean done = super.appendCopied(entries, chain, journal, from, through);
                if (loseReply.getAndSet(false)) {
                    throw new IllegalStateException("connection lost after the commit");
                }
                return done;
            }
        };
        try (AccessJournal journal = AccessJournal.open(dir, SEGMENT)) {
            JournalCopier copier = new JournalCopier(journal, flaky);
            journal.write(List.of(entry("rep.kim", 0), entry("rep.kim", 1)));
            assertThatThrownBy(copier::catchUp).hasMessage("connection lost after the commit");
            journal.write(List.of(entry("rep.kim", 2)));
            copier.catchUp();
            copier.close();
        }
        assertThat(flaky.rows).extracting(r -> r.access().seq()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aSegmentWithADamagedRecordIsSetAsideAfterWhatCameBeforeIt() throws Exception {
        AccessJournal first = AccessJournal.open(dir, SEGMENT);
        first.write(List.of(entry("rep.kim", 0)));
        long second = Files.size(segments().get(0));
        first.write(List.of(entry("rep.kim", 1), entry("rep.kim", 2)));
        Path segment = segments().get(0);
        first.close();
        byte[] bytes = Files.readAllBytes(segment);
        bytes[(int) second + JournalRecords.HEADER + 3] ^= 0x5a;
        Files.write(segment, bytes);

        try (AccessJournal next = AccessJournal.open(dir, SEGMENT)) {
            JournalCopier copier = new JournalCopier(next, store);
            copier.catchUp();
            copier.close();
        }
        assertThat(store.rows).hasSize(1);
        assertThat(segment.resolveSibling(segment.getFileName().toString().replace(".log", ".damaged"))).exists();
    }

    @Test
    void fullSegmentsAreClosedAndDeletedOnceCopied() throws Exception {
        try (AccessJournal journal = AccessJournal.open(dir, 1)) {
            JournalCopier copier = new JournalCopier(journal, store);
            for (int i = 0; i < 5; i++) {
                journal.write(List.of(entry("rep.kim", i)));
            }
            assertThat(segments()).hasSize(6);
            copier.catchUp();
            copier.close();
            assertThat(segments()).hasSize(1);
        }
        assertThat(store.rows).hasSize(5);
        assertThat(store.marks.values()).containsOnly(AccessLogStore.FINISHED).hasSize(5);
    }

    @Test
    void theCopierThreadCopiesWithoutBeingAsked() throws Exception {
        try (AccessJournal journal = AccessJournal.open(dir, SEGMENT)) {
            JournalCopier copier = new JournalCopier(journal, store).start();
            journal.write(List.of(entry("rep.kim", 0)));
            copier.signal();
            for (int i = 0; i < 500 && store.copiedThrough(journal.tail().id()) == 0; i++) {
                Thread.sleep(10);
            }
            copier.close();
        }
        assertThat(store.rows).hasSize(1);
    }

    @Test
    void aStoppedJournalRefusesAWriteAndStartsNoSegmentAfterIt() throws Exception {
        AccessJournal journal = AccessJournal.open(dir, SEGMENT);
        journal.close();
        assertThatThrownBy(() -> journal.write(List.of(entry("rep.kim", 0)))).isInstanceOf(IllegalStateException.class)
                .hasMessage("access-log journal is closed");
        assertThat(segments()).hasSize(1);
    }

    @Test
    void whileTheDatabaseIsAwayWritesDoNotMakeTheCopierRetryAtTheirPace() throws Exception {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        ChainVerifierTest.MemoryStore away = new ChainVerifierTest.MemoryStore() {
            @Override
            public synchronized boolean appendCopied(List<AccessEntry> entries, Chain chain, String journal,
                    long from, long through) {
                attempts.incrementAndGet();
                throw new IllegalStateException("database away");
            }
        };
        try (AccessJournal journal = AccessJournal.open(dir, SEGMENT)) {
            JournalCopier copier = new JournalCopier(journal, away).start();
            for (int i = 0; i < 40; i++) { // 40 writes in 400 ms, each waking the copier
                journal.write(List.of(entry("rep.kim", i)));
                copier.signal();
                Thread.sleep(10);
            }
            copier.close();
        }
        assertThat(attempts.get()).as("one attempt, then a pause of 2 s").isBetween(1, 2);
    }

    @Test
    void aSecondHostCannotShareTheDirectory() {
        try (AccessJournal journal = AccessJournal.open(dir, SEGMENT)) {
            assertThatThrownBy(() -> AccessJournal.open(dir, SEGMENT)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another host");
        }
    }

    private List<Path> segments() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }

    private static AccessEntry entry(String user, int n) {
        return new AccessEntry(Instant.ofEpochMilli(1_700_000_000_000L + n), user, "10.0.0.1", AccessAction.VIEW,
                List.of("C00000000001"), 1, "GET v1/customers/{key}", null);
    }
}
