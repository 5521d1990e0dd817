package kr.crm.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import kr.crm.api.identity.CompactionResult;
import kr.crm.api.identity.Compactor;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.store.CustomerStore;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityStore;
import kr.crm.api.store.Leases;
import kr.crm.api.store.MergeStore;
import kr.crm.api.store.ReviewStore;
import kr.crm.api.store.SharedValue;
import kr.crm.api.store.WatermarkStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 정기압축: pages through the values more than one customer holds, scores each pair by the
 * matching rule, merges the sure ones into the older key and queues the uncertain ones.
 *
 * <p>Per page of shared values: the holders and their index rows are read in a few queries
 * ({@link PageReader}), every pair is decided in memory ({@link PairDecider}), and then the merges
 * run in batches, each batch one transaction written in sets, with its merge items (so each merge
 * can be undone), on several connections at once but never two on the same customer
 * ({@link PageMerges}). While they run, the next page and its holders are read; before it is
 * decided, the holders those merges touched are read again. Memory holds two pages.
 *
 * <p>One node at a time: the scheduled run holds the lease {@code compaction} and renews it per
 * page, stopping if it lost it. Where a run stands is kept in {@code poll_watermark} under
 * {@code compaction} ({@link ScanPosition}); a scheduled run that finds a position there (a node
 * died, or lost the lease) continues after it, and a finished run clears it. Orders keep arriving
 * meanwhile: a batch of merges only locks its customers.
 */
@Component(service = Compactor.class,
        configurationPid = {"kr.crm.identity.compaction", "kr.crm.identity.matching"})
public final class Compaction implements Compactor {
    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);
    static final String ACTOR = "compaction";
    static final String LEASE = "compaction";
    /** The watermark name under which an unfinished scan's position is kept. */
    static final String POSITION = "compaction";
    private static final Duration LEASE_LENGTH = Duration.ofMinutes(10);

    private final PageReader reader;
    private final PairDecider decider;
    private final PageMerges merges;
    private final Leases leases;
    private final WatermarkStore watermarks;
    private final CompactionConfig config;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "crm-compaction"));

    @Activate
    public Compaction(@Reference IdentityStore index, @Reference CustomerStore customers, @Reference MergeStore merges,
            @Reference ReviewStore reviews, @Reference IdentityNormalizer normalizer, @Reference Leases leases,
            @Reference WatermarkStore watermarks, CompactionConfig config, MatchingConfig matching) {
        this.reader = new PageReader(index, customers);
        this.decider = new PairDecider(normalizer, matching.linkThreshold(), matching.reviewFloor(), config.autoMerge());
        this.merges = new PageMerges(merges, reviews, ACTOR, Clock.systemUTC());
        this.leases = leases;
        this.watermarks = watermarks;
        this.config = config;
        timer.scheduleWithFixedDelay(this::runSafely, config.intervalMinutes(), config.intervalMinutes(),
                TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void runSafely() {
        try {
            if (leases.tryTake(LEASE, LEASE_LENGTH)) {
                scan(true, () -> leases.tryTake(LEASE, LEASE_LENGTH));
            }
        } catch (RuntimeException e) {
            LOG.warn("Compaction stopped: {}", e.getClass().getName());
        } finally {
            leases.release(LEASE);
        }
    }

    /** A full scan from the start (it keeps its position too, for a scheduled run to continue if it dies). */
    @Override
    public CompactionResult run() {
        return scan(false, () -> true);
    }

    /**
     * Scans to the end while {@code stillOurs} holds, from the start or, with {@code resume}, after
     * the position an unfinished run left.
     */
    CompactionResult scan(boolean resume, BooleanSupplier stillOurs) {
        long shared = 0;
        PageMerges.Done total = new PageMerges.Done(0, 0);
        long started = System.nanoTime();
        long waiting = 0;
        long deciding = 0;
        long merging = 0;
        ScanPosition position = new ScanPosition(watermarks, POSITION, resume);
        int threads = Math.max(1, config.mergeThreads());
        ExecutorService workers = threads == 1 ? null : Executors.newFixedThreadPool(threads, new Named("merge"));
        ExecutorService pages = Executors.newSingleThreadExecutor(new Named("read"));
        try {
            IdentityKind fromKind = position.kind();
            String fromCanonical = position.canonical();
            Future<PageRead> next = pages.submit(() -> reader.next(fromKind, fromCanonical, config.pageSize()));
            Set<String> touched = Set.of();
            while (stillOurs.getAsBoolean()) {
                long t0 = System.nanoTime();
                PageRead page = result(next);
                List<SharedValue> values = page.values();
                SharedValue end = values.size() < config.pageSize() ? null : values.get(values.size() - 1);
                if (end != null) {
                    // the next page and its holders are read while this page's merges run; what these
                    // merges touch is read again before deciding (merges only make fewer values shared)
                    next = pages.submit(() -> reader.next(end.kind(), end.canonical(), config.pageSize()));
                }
                long t1 = System.nanoTime();
                List<List<PairAction>> decided = decider.decide(reader.refreshed(page, touched));
                long t2 = System.nanoTime();
                total = total.plus(merges.run(decided, workers));
                waiting += t1 - t0;
                deciding += t2 - t1;
                merging += System.nanoTime() - t2;
                shared += values.size();
                touched = merged(decided);
                position.save(end);
                if (end == null) {
                    break;
                }
            }
        } finally {
            pages.shutdownNow();
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        LOG.info("Compaction: {} shared values, {} merged, {} queued in {} s (waiting for pages {} s, deciding {} s, "
                + "merges and queue {} s)", shared, total.merged(), total.queued(),
                seconds(System.nanoTime() - started), seconds(waiting), seconds(deciding), seconds(merging));
        return new CompactionResult(shared, total.merged(), total.queued());
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("compaction interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /** The customers on either side of the merges among these actions. */
    private static Set<String> merged(List<List<PairAction>> groups) {
        Set<String> keys = new HashSet<>();
        groups.forEach(g -> g.stream().filter(PairAction::merge).forEach(a -> {
            keys.add(a.older());
            keys.add(a.newer());
        }));
        return keys;
    }

    private static final class Named implements java.util.concurrent.ThreadFactory {
        private final String what;
        private final AtomicInteger n = new AtomicInteger();

        Named(String what) {
            this.what = what;
        }

        @Override
        public Thread newThread(Runnable r) {
            return new Thread(r, "crm-compaction-" + what + "-" + n.incrementAndGet());
        }
    }
}
