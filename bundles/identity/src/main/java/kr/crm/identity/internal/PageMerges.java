package kr.crm.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import kr.crm.api.store.MergeStore;
import kr.crm.api.store.ReviewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out one page's decisions (decision 77): whole groups of pairs are put together into batches
 * of up to {@link #BATCH} merges; each batch is one transaction of the merge store, which writes it
 * in sets; batches run on several connections at once (groups never share a customer). The pairs to
 * queue go to the review queue in one statement per batch. A merge not made (a customer was merged or
 * changed meanwhile) holds back what comes after it in the batch on the same customers: those were
 * decided counting on it and wait for the next scan.
 */
final class PageMerges {
    private static final Logger LOG = LoggerFactory.getLogger(PageMerges.class);
    /** Merges per transaction: a few hundred keep the locks short and the statements small. */
    static final int BATCH = 250;
    private static final int ATTEMPTS = 3;

    private final MergeStore merges;
    private final ReviewStore reviews;
    private final String actor;
    private final Clock clock;

    PageMerges(MergeStore merges, ReviewStore reviews, String actor, Clock clock) {
        this.merges = merges;
        this.reviews = reviews;
        this.actor = actor;
        this.clock = clock;
    }

    /** What a page's decisions came to. */
    record Done(int merged, int queued) {
        Done plus(Done other) {
            return new Done(merged + other.merged, queued + other.queued);
        }
    }

    /**
     * Runs the groups' actions in batches, several at once when there are workers. Batches running
     * beside each other can deadlock on index gaps (a customer's rows are listed under locks next to
     * where another batch moves rows to): a batch that met a passing failure there is done again
     * after the others, alone.
     */
    Done run(List<List<PairAction>> groups, ExecutorService workers) {
        List<List<PairAction>> batches = batches(groups);
        Done done = new Done(0, 0);
        if (workers == null || batches.size() < 2) {
            for (List<PairAction> batch : batches) {
                done = done.plus(apply(batch, false));
            }
            return done;
        }
        List<Callable<Done>> tasks = new ArrayList<>();
        batches.forEach(b -> tasks.add(() -> apply(b, true)));
        List<List<PairAction>> again = new ArrayList<>();
        try {
            List<Future<Done>> results = workers.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                Done d = results.get(i).get();
                if (d == null) {
                    again.add(batches.get(i));
                } else {
                    done = done.plus(d);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("compaction interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        for (List<PairAction> batch : again) {
            done = done.plus(apply(batch, false));
        }
        return done;
    }

    /** Whole groups, in order, into batches of up to {@link #BATCH} merges (a larger group is a batch alone). */
    static List<List<PairAction>> batches(List<List<PairAction>> groups) {
        List<List<PairAction>> batches = new ArrayList<>();
        List<PairAction> current = new ArrayList<>();
        int mergesIn = 0;
        for (List<PairAction> group : groups) {
            int n = (int) group.stream().filter(PairAction::merge).count();
            if (mergesIn > 0 && mergesIn + n > BATCH) {
                batches.add(current);
                current = new ArrayList<>();
                mergesIn = 0;
            }
            current.addAll(group);
            mergesIn += n;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** @return what the batch came to, or null if {@code once} and it met a passing failure (nothing was written) */
    private Done apply(List<PairAction> batch, boolean once) {
        List<MergeStore.Planned> planned = new ArrayList<>();
        for (PairAction a : batch) {
            if (a.merge()) {
                planned.add(new MergeStore.Planned(a.older(), a.newer(),
                        "compaction: " + a.score().rule() + " " + a.score().value()));
            }
        }
        List<Boolean> made = merge(planned, once);
        if (made == null) {
            return null;
        }
        Set<String> held = new HashSet<>();
        List<ReviewStore.Candidate> queue = new ArrayList<>();
        int merged = 0;
        int next = 0;
        for (PairAction a : batch) {
            if (a.merge()) {
                if (made.get(next++)) {
                    merged++;
                    continue;
                }
            } else if (!held.contains(a.older()) && !held.contains(a.newer())) {
                queue.add(new ReviewStore.Candidate(a.newer(), a.older(), a.score().value(), a.score().rule()));
                continue;
            }
            held.add(a.older());
            held.add(a.newer());
        }
        reviews.enqueueAll(queue, actor, clock.instant());
        return new Done(merged, queue.size());
    }

    /**
     * The batch in one transaction, again after a passing failure (deadlock, lock wait, lost
     * connection); if it keeps failing, one merge at a time, so that one pair cannot hold back the
     * rest. With {@code once}, a passing failure gives null instead.
     */
    private List<Boolean> merge(List<MergeStore.Planned> planned, boolean once) {
        if (planned.isEmpty()) {
            return List.of();
        }
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= (once ? 1 : ATTEMPTS); attempt++) {
            try {
                return merges.mergeAll(planned, actor, now());
            } catch (RuntimeException e) {
                failure = e;
                if (!Transient.is(e)) {
                    break;
                }
                if (once) {
                    return null;
                }
            }
        }
        LOG.warn("Compaction: a batch of {} merges failed ({}), merging them one by one", planned.size(),
                Transient.describe(failure));
        Set<String> held = new HashSet<>();
        List<Boolean> made = new ArrayList<>();
        for (MergeStore.Planned p : planned) {
            boolean ok = !held.contains(p.survivorKey()) && !held.contains(p.mergedKey()) && mergeOne(p);
            if (!ok) {
                held.add(p.survivorKey());
                held.add(p.mergedKey());
            }
            made.add(ok);
        }
        return made;
    }

    private boolean mergeOne(MergeStore.Planned p) {
        for (int attempt = 1; ; attempt++) {
            try {
                return merges.merge(p.survivorKey(), p.mergedKey(), p.reason(), actor, now()).isPresent();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !Transient.is(e)) {
                    LOG.warn("Compaction: a merge failed, left for the next scan: {}", Transient.describe(e));
                    return false;
                }
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
