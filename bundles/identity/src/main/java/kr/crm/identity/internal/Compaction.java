package kr.crm.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import kr.crm.api.customer.Customer;
import kr.crm.api.identity.CompactionResult;
import kr.crm.api.identity.Compactor;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.store.CustomerStore;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;
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
 * <p>Per page of shared values: the holders and their index rows are read in a few queries, every
 * pair is decided in memory (a merge decided earlier in the page counts for the decisions after it,
 * as the database will have it), and then the merges run, each its own transaction with its merge
 * items (so undo works), on several connections at once but never two on the same customer: pairs
 * that share a customer run in order on one connection. While they run, the next page and its
 * holders are read; before it is decided, the holders those merges touched are read again. Memory
 * holds two pages.
 *
 * <p>One node at a time: the scheduled run holds the lease {@code compaction} and renews it per
 * page, stopping if it lost it. Where a run stands is kept in {@code poll_watermark} under
 * {@code compaction}; a scheduled run that finds a position there (a node died, or lost the lease)
 * continues after it, and a finished run clears it. Orders keep arriving meanwhile: a merge only
 * locks its two customers.
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
    private static final int WATERMARK_LENGTH = 64;
    private static final int ATTEMPTS = 3;

    private final IdentityStore index;
    private final CustomerStore customers;
    private final MergeStore merges;
    private final ReviewStore reviews;
    private final IdentityNormalizer normalizer;
    private final Leases leases;
    private final WatermarkStore watermarks;
    private final MatchingConfig matching;
    private final CompactionConfig config;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "crm-compaction"));

    @Activate
    public Compaction(@Reference IdentityStore index, @Reference CustomerStore customers, @Reference MergeStore merges,
            @Reference ReviewStore reviews, @Reference IdentityNormalizer normalizer, @Reference Leases leases,
            @Reference WatermarkStore watermarks, CompactionConfig config, MatchingConfig matching) {
        this.index = index;
        this.customers = customers;
        this.merges = merges;
        this.reviews = reviews;
        this.normalizer = normalizer;
        this.leases = leases;
        this.watermarks = watermarks;
        this.matching = matching;
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
        Tally total = new Tally();
        long started = System.nanoTime();
        long waiting = 0;
        long deciding = 0;
        long merging = 0;
        Position position = new Position(watermarks.get(POSITION).orElse(null), resume);
        int threads = Math.max(1, config.mergeThreads());
        ExecutorService workers = threads == 1 ? null : Executors.newFixedThreadPool(threads, new Named("merge"));
        ExecutorService reader = Executors.newSingleThreadExecutor(new Named("read"));
        try {
            IdentityKind fromKind = position.kind();
            String fromCanonical = position.canonical();
            Future<PageRead> next = reader.submit(() -> read(index.sharedValues(fromKind, fromCanonical,
                    config.pageSize())));
            Set<String> touched = Set.of();
            while (stillOurs.getAsBoolean()) {
                long t0 = System.nanoTime();
                PageRead page = result(next);
                List<SharedValue> values = page.values();
                SharedValue end = values.size() < config.pageSize() ? null : values.get(values.size() - 1);
                if (end != null) {
                    // the next page and its holders are read while this page's merges run; what these
                    // merges touch is read again before deciding (merges only make fewer values shared)
                    next = reader.submit(() -> read(index.sharedValues(end.kind(), end.canonical(),
                            config.pageSize())));
                }
                long t1 = System.nanoTime();
                List<List<Action>> decided = decide(refreshed(page, touched));
                long t2 = System.nanoTime();
                Tally done = execute(decided, workers);
                waiting += t1 - t0;
                deciding += t2 - t1;
                merging += System.nanoTime() - t2;
                total.add(values.size(), done);
                touched = merged(decided);
                position.save(end);
                if (end == null) {
                    break;
                }
            }
        } finally {
            reader.shutdownNow();
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        LOG.info("Compaction: {} shared values, {} merged, {} queued in {} s (waiting for pages {} s, deciding {} s, "
                + "merges and queue {} s)", total.shared, total.merged.get(), total.queued.get(),
                seconds(System.nanoTime() - started), seconds(waiting), seconds(deciding), seconds(merging));
        return new CompactionResult(total.shared, total.merged.get(), total.queued.get());
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

    /**
     * A page of shared values with their holders and the holders' index rows.
     *
     * @param found the customer under each key of the page (a merged key gives its survivor)
     * @param rows every index row of those customers, by customer key
     */
    record PageRead(List<SharedValue> values, Map<String, Customer> found, Map<String, List<IdentityRow>> rows) {
    }

    /** Reads the holders of a page and their index rows: a few queries for the whole page. */
    PageRead read(List<SharedValue> values) {
        Set<String> keys = new LinkedHashSet<>();
        values.forEach(v -> keys.addAll(v.customerKeys()));
        Map<String, Customer> found = keys.isEmpty() ? new HashMap<>() : new HashMap<>(customers.findByKeys(keys));
        return new PageRead(values, found, rowsOf(found.values()));
    }

    private Map<String, List<IdentityRow>> rowsOf(Collection<Customer> holders) {
        Map<String, List<IdentityRow>> rows = new HashMap<>();
        Set<String> keys = new HashSet<>();
        holders.forEach(c -> keys.add(c.key()));
        for (IdentityRow row : index.rowsOf(keys)) {
            rows.computeIfAbsent(row.customerKey(), k -> new ArrayList<>()).add(row);
        }
        return rows;
    }

    /**
     * The page as it is after the merges of the page before: holders that those merges touched
     * (either side) are read again, with their index rows; nothing else can have been changed by them.
     */
    PageRead refreshed(PageRead page, Set<String> touched) {
        if (touched.isEmpty()) {
            return page;
        }
        Set<String> stale = new HashSet<>();
        page.found().forEach((key, c) -> {
            if (touched.contains(key) || touched.contains(c.key())) {
                stale.add(key);
            }
        });
        if (stale.isEmpty()) {
            return page;
        }
        Map<String, Customer> found = new HashMap<>(page.found());
        stale.forEach(found::remove);
        Map<String, Customer> fresh = customers.findByKeys(stale);
        found.putAll(fresh);
        Map<String, List<IdentityRow>> rows = new HashMap<>(page.rows());
        touched.forEach(rows::remove);
        fresh.values().forEach(c -> rows.remove(c.key()));
        rows.putAll(rowsOf(fresh.values()));
        return new PageRead(page.values(), found, rows);
    }

    /** The customers on either side of the merges among these actions. */
    private static Set<String> merged(List<List<Action>> groups) {
        Set<String> keys = new HashSet<>();
        groups.forEach(g -> g.stream().filter(Action::merge).forEach(a -> {
            keys.add(a.older());
            keys.add(a.newer());
        }));
        return keys;
    }

    /** One thing to do: merge {@code newer} into {@code older}, or queue the pair for review. */
    record Action(boolean merge, String older, String newer, MatchScorer.Score score) {
    }

    /**
     * Every decision for one page, grouped so that no two groups touch the same customer; merges
     * decided here count for the decisions after them, as they will in the database.
     */
    List<List<Action>> decide(PageRead page) {
        Map<String, Customer> found = page.found();
        Map<String, Customer> byKey = new HashMap<>();
        found.values().forEach(c -> byKey.put(c.key(), c));
        Map<String, List<IdentityRow>> rows = new HashMap<>(page.rows());
        Map<String, String> mergedInto = new HashMap<>();
        Groups groups = new Groups();
        for (SharedValue value : page.values()) {
            List<Customer> holders = value.customerKeys().stream().map(found::get).filter(c -> c != null)
                    .map(c -> byKey.get(current(mergedInto, c.key()))).distinct()
                    .sorted(Comparator.comparing(Customer::createdAt).thenComparing(Customer::key)).toList();
            if (holders.size() < 2) {
                continue;
            }
            Customer oldest = holders.get(0);
            for (Customer newer : holders.subList(1, holders.size())) {
                if (newer.kind() != oldest.kind()) {
                    continue;
                }
                MatchScorer.Score score = DuplicateScorer.score(rows.getOrDefault(newer.key(), List.of()),
                        rows.getOrDefault(oldest.key(), List.of()), normalizer);
                if (score.value() >= matching.linkThreshold() && config.autoMerge()) {
                    groups.add(new Action(true, oldest.key(), newer.key(), score));
                    mergedInto.put(newer.key(), oldest.key());
                    List<IdentityRow> both = new ArrayList<>(rows.getOrDefault(oldest.key(), List.of()));
                    both.addAll(rows.getOrDefault(newer.key(), List.of()));
                    rows.put(oldest.key(), both);
                    rows.remove(newer.key());
                } else if (score.value() >= matching.reviewFloor()) {
                    groups.add(new Action(false, oldest.key(), newer.key(), score));
                }
            }
        }
        return groups.lists();
    }

    private static String current(Map<String, String> mergedInto, String key) {
        String k = key;
        while (mergedInto.containsKey(k)) {
            k = mergedInto.get(k);
        }
        return k;
    }

    /** Runs the groups, several at once when there are workers. */
    private Tally execute(List<List<Action>> groups, ExecutorService workers) {
        Tally tally = new Tally();
        if (workers == null || groups.size() < 2) {
            groups.forEach(g -> apply(g, tally));
            return tally;
        }
        List<Callable<Void>> tasks = new ArrayList<>();
        for (List<Action> group : groups) {
            tasks.add(() -> {
                apply(group, tally);
                return null;
            });
        }
        List<Future<Void>> futures;
        try {
            futures = workers.invokeAll(tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("compaction interrupted", e);
        }
        futures.forEach(Compaction::result);
        return tally;
    }

    /**
     * One group's actions in order, each merge a transaction of its own. After a merge that did
     * not happen (a customer was merged or changed meanwhile) the rest of the group waits for the
     * next scan, because the decisions after it counted on it.
     */
    private void apply(List<Action> group, Tally tally) {
        for (Action a : group) {
            if (!a.merge()) {
                reviews.enqueue(a.newer(), a.older(), ACTOR, a.score().value(), a.score().rule(), clock.instant());
                tally.queued.incrementAndGet();
            } else if (merge(a)) {
                tally.merged.incrementAndGet();
            } else {
                return;
            }
        }
    }

    private boolean merge(Action a) {
        String reason = "compaction: " + a.score().rule() + " " + a.score().value();
        for (int attempt = 1; ; attempt++) {
            try {
                Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                return merges.merge(a.older(), a.newer(), reason, ACTOR, at).isPresent();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !Transient.is(e)) {
                    LOG.warn("Compaction: a merge failed, left for the next scan: {}", e.getClass().getName());
                    return false;
                }
            }
        }
    }

    /** Pairs, in decision order, grouped by the customers they touch (union-find over keys). */
    private static final class Groups {
        private final Map<String, String> parent = new HashMap<>();
        private final List<Action> actions = new ArrayList<>();

        void add(Action a) {
            actions.add(a);
            String x = root(a.older());
            String y = root(a.newer());
            if (!x.equals(y)) {
                parent.put(y, x);
            }
        }

        private String root(String key) {
            String k = key;
            while (parent.containsKey(k)) {
                k = parent.get(k);
            }
            if (!k.equals(key)) {
                parent.put(key, k);
            }
            return k;
        }

        List<List<Action>> lists() {
            Map<String, List<Action>> byRoot = new LinkedHashMap<>();
            for (Action a : actions) {
                byRoot.computeIfAbsent(root(a.older()), k -> new ArrayList<>()).add(a);
            }
            return new ArrayList<>(byRoot.values());
        }
    }

    private static final class Tally {
        long shared;
        final AtomicInteger merged = new AtomicInteger();
        final AtomicInteger queued = new AtomicInteger();

        void add(int values, Tally page) {
            shared += values;
            merged.addAndGet(page.merged.get());
            queued.addAndGet(page.queued.get());
        }
    }

    /**
     * Where the scan stands: after {@code kind} and {@code canonical}, stored as {@code KIND:canonical}
     * cut to the watermark column's 64 characters. A cut value resumes a little early (at the values
     * sharing its first characters), which only looks at a few values again.
     */
    private final class Position {
        private String stored;
        private IdentityKind kind;
        private String canonical;

        Position(String stored, boolean resume) {
            this.stored = stored;
            int colon = stored == null || !resume ? -1 : stored.indexOf(':');
            if (colon > 0) {
                try {
                    kind = IdentityKind.valueOf(stored.substring(0, colon));
                    canonical = stored.substring(colon + 1);
                } catch (IllegalArgumentException e) {
                    kind = null; // not ours to read: start at the beginning
                }
            }
        }

        IdentityKind kind() {
            return kind;
        }

        String canonical() {
            return kind == null ? null : canonical;
        }

        /** Moves past {@code value}, or back to the start (null) once the scan is through. */
        void save(SharedValue value) {
            String next = value == null ? "" : value.kind().name() + ":" + value.canonical();
            if (next.length() > WATERMARK_LENGTH) {
                next = next.substring(0, WATERMARK_LENGTH);
            }
            kind = value == null ? null : value.kind();
            canonical = value == null ? null : next.substring(next.indexOf(':') + 1);
            try {
                if (!watermarks.advance(POSITION, stored, next)) {
                    // another run moved it (a run started over REST beside the scheduled one): ours wins
                    watermarks.advance(POSITION, watermarks.get(POSITION).orElse(null), next);
                }
                stored = next;
            } catch (RuntimeException e) {
                LOG.warn("Compaction: position not saved: {}", e.getClass().getName());
            }
        }
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
