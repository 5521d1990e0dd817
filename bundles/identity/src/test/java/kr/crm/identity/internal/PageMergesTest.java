package kr.crm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.identity.Merge;
import kr.crm.api.identity.SourcedValue;
import kr.crm.api.store.MergeStore;
import org.junit.jupiter.api.Test;

/** How a page's decisions become batches of merges and queued pairs. */
class PageMergesTest {
    private static final MatchScorer.Score SURE = new MatchScorer.Score(90, "NAME_PHONE");
    private static final MatchScorer.Score UNSURE = new MatchScorer.Score(50, "PHONE");

    private final Store store = new Store();
    private final PageMerges merges = new PageMerges(store, store.reviews, "compaction", Clock.systemUTC());

    private static PairAction merge(String older, String newer) {
        return new PairAction(true, older, newer, SURE);
    }

    private static PairAction queue(String older, String newer) {
        return new PairAction(false, older, newer, UNSURE);
    }

    @Test
    void wholeGroupsGoIntoBatchesOfAtMostTheBatchSizeAndALargerGroupIsABatchAlone() {
        List<List<PairAction>> groups = new ArrayList<>();
        for (int i = 0; i < PageMerges.BATCH + 10; i++) {
            groups.add(List.of(merge("A" + i, "B" + i), queue("A" + i, "Q" + i)));
        }
        List<PairAction> large = new ArrayList<>();
        for (int i = 0; i < PageMerges.BATCH + 1; i++) {
            large.add(merge("L", "M" + i));
        }
        groups.add(large);
        groups.add(List.of(merge("X", "Y")));

        List<List<PairAction>> batches = PageMerges.batches(groups);

        assertThat(batches).extracting(b -> b.stream().filter(PairAction::merge).count())
                .containsExactly((long) PageMerges.BATCH, 10L, PageMerges.BATCH + 1L, 1L);
        assertThat(batches.get(0)).hasSize(2 * PageMerges.BATCH);
        assertThat(batches.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(groups.stream().flatMap(List::stream).toList());
    }

    @Test
    void aMergeNotMadeHoldsBackWhatComesAfterItOnItsCustomersOnly() {
        store.refused.add("B");
        List<List<PairAction>> groups = List.of(
                List.of(queue("A", "Q1"), merge("A", "B"), queue("B", "Q2"), queue("Q2", "Q3"), merge("A", "C")),
                List.of(merge("D", "E"), queue("D", "F")));

        PageMerges.Done done = merges.run(groups, null);

        assertThat(store.batches).as("one transaction for the page").hasSize(1);
        assertThat(store.made).containsExactly("E>D");
        assertThat(store.queued).containsExactly("Q1>A", "F>D");
        assertThat(done).isEqualTo(new PageMerges.Done(1, 2));
    }

    @Test
    void aBatchThatKeepsFailingIsMergedOneByOne() {
        store.failBatches = true;

        PageMerges.Done done = merges.run(List.of(List.of(merge("A", "B"), merge("A", "C"))), null);

        assertThat(done.merged()).isEqualTo(2);
        assertThat(store.made).containsExactly("B>A", "C>A");
    }

    @Test
    void aBatchThatDeadlockedBesideOthersIsDoneAgainAlone() throws Exception {
        List<List<PairAction>> groups = new ArrayList<>();
        for (int i = 0; i < PageMerges.BATCH + 1; i++) {
            groups.add(List.of(merge("A" + i, "B" + i)));
        }
        store.deadlocks = 1;
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            PageMerges.Done done = merges.run(groups, workers);

            assertThat(done.merged()).isEqualTo(PageMerges.BATCH + 1);
            assertThat(store.batches).as("two batches, one of them twice").hasSize(3);
        } finally {
            workers.shutdownNow();
        }
    }

    /** A merge store that refuses merges of some keys, with a review store that lists what was queued. */
    private static final class Store implements MergeStore {
        final Set<String> refused = new java.util.HashSet<>();
        final List<List<Planned>> batches = new ArrayList<>();
        final List<String> made = new ArrayList<>();
        final List<String> queued = new ArrayList<>();
        boolean failBatches;
        int deadlocks;
        final RecordingReviews reviews = new RecordingReviews(queued);

        @Override
        public synchronized List<Boolean> mergeAll(List<Planned> batch, String byUser, Instant at) {
            if (failBatches) {
                throw new IllegalStateException("a batch that cannot be written");
            }
            batches.add(batch);
            if (deadlocks > 0) {
                deadlocks--;
                throw new IllegalStateException(new java.sql.SQLTransactionRollbackException("deadlock", "40001", 1213));
            }
            return MergeStore.super.mergeAll(batch, byUser, at);
        }

        @Override
        public Optional<Merge> merge(String survivorKey, String mergedKey, String reason, String byUser, Instant at) {
            if (refused.contains(mergedKey)) {
                return Optional.empty();
            }
            made.add(mergedKey + ">" + survivorKey);
            return Optional.of(new Merge(made.size(), survivorKey, mergedKey, reason, byUser, at, null, null,
                    java.util.Map.of()));
        }

        @Override
        public Optional<Merge> undo(long mergeId, String byUser, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Merge> find(long mergeId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Merge> mergesOf(String customerKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> aliasesOf(String customerKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SourcedValue> valuesOf(String customerKey) {
            throw new UnsupportedOperationException();
        }
    }
}
