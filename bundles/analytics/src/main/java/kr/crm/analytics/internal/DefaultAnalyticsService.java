package kr.crm.analytics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kr.crm.api.analytics.AnalyticsEvents;
import kr.crm.api.analytics.AnalyticsService;
import kr.crm.api.analytics.AnalyticsSettings;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.analytics.InterestSignals;
import kr.crm.api.analytics.OrderSums;
import kr.crm.api.analytics.RecomputeResult;
import kr.crm.api.analytics.RfmCutPoints;
import kr.crm.api.store.AnalyticsStore;
import kr.crm.api.store.Leases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every customer's measures. A full recompute holds the database lease {@code analytics} (one
 * node at a time) and a lock (one run per node), ranks everyone, keeps the cut points and writes only
 * the rows whose values changed; an incremental one reads its customers' orders and scores them
 * against the cut points (decision 90).
 */
@Component(service = AnalyticsService.class, configurationPid = "kr.crm.analytics")
@Designate(ocd = AnalyticsConfig.class)
public final class DefaultAnalyticsService implements AnalyticsService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultAnalyticsService.class);
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final String LEASE = "analytics";
    /** Cut points older than this do not score: the customer is ranked by a full run instead. */
    static final Duration MAX_CUT_AGE = Duration.ofHours(24);
    /** Changed measures a full recompute holds before it writes them. */
    static final int WRITE_CHUNK = 5000;

    private final AnalyticsStore store;
    private final Leases leases;
    private final EventAdmin events;
    private final Settings settings;
    private final MeasureCalculator calculator;
    private final Duration leaseLength;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();
    private InterestRebuild interest;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "crm-analytics"));

    @Activate
    public DefaultAnalyticsService(@Reference AnalyticsStore store, @Reference Leases leases,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            EventAdmin events, AnalyticsConfig config) {
        this(store, leases, events, Settings.of(config), Duration.ofMinutes(config.leaseMinutes()),
                Clock.systemUTC());
        this.interest = new InterestRebuild(store, config.interestDays());
        if (config.intervalMinutes() > 0) {
            timer.scheduleWithFixedDelay(this::scheduled, 1, config.intervalMinutes() * 60L, TimeUnit.SECONDS);
        }
    }

    DefaultAnalyticsService(AnalyticsStore store, Leases leases, EventAdmin events, Settings settings,
            Duration leaseLength, Clock clock) {
        this.store = store;
        this.leases = leases;
        this.events = events;
        this.settings = settings;
        this.calculator = new MeasureCalculator(settings);
        this.leaseLength = leaseLength;
        this.clock = clock;
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void scheduled() {
        try {
            RecomputeResult r = recomputeAll();
            if (r.ran()) {
                LOG.info("Analytics: {} customers, {} changed, {} ms", r.customers(), r.changed(), r.millis());
            }
        } catch (RuntimeException e) {
            LOG.warn("Analytics recompute stopped: {}", e.getClass().getName());
        }
    }

    @Override
    public AnalyticsSettings settings() {
        return settings.shown();
    }

    @Override
    public Optional<CustomerMeasures> measuresOf(String customerKey) {
        if (customerKey == null || customerKey.isBlank()) {
            return Optional.empty();
        }
        List<String> keys = store.customers(List.of(customerKey.strip()));
        return keys.isEmpty() ? Optional.empty() : Optional.ofNullable(store.measures(keys).get(keys.get(0)));
    }

    @Override
    public Optional<InterestSignals> interestOf(String customerKey) {
        if (customerKey == null || customerKey.isBlank()) {
            return Optional.empty();
        }
        List<String> keys = store.customers(List.of(customerKey.strip()));
        return keys.isEmpty() ? Optional.empty() : store.interest(keys.get(0));
    }

    @Override
    public RecomputeResult recomputeAll() {
        if (!running.tryLock()) {
            return new RecomputeResult(false, true, 0, 0, 0);
        }
        try {
            if (!leases.tryTake(LEASE, leaseLength)) {
                return new RecomputeResult(false, true, 0, 0, 0);
            }
            try {
                return full();
            } finally {
                leases.release(LEASE);
            }
        } finally {
            running.unlock();
        }
    }

    @Override
    public RecomputeResult recompute(Collection<String> customerKeys) {
        long started = System.nanoTime();
        List<String> keys = store.customers(new HashSet<>(customerKeys));
        if (keys.isEmpty()) {
            return new RecomputeResult(true, false, 0, 0, 0);
        }
        Optional<RfmCutPoints> cuts = store.cutPoints().filter(this::usable);
        if (cuts.isEmpty()) {
            return recomputeAll();
        }
        Instant now = now();
        List<OrderSums> sums = store.sums(windowStart(), previousWindowStart(), keys);
        Map<String, CustomerMeasures> stored = store.measures(keys);
        List<CustomerMeasures> changed = new ArrayList<>();
        for (OrderSums s : sums) {
            CustomerMeasures m = calculator.measures(s, RfmRanking.score(cuts.get(), s), now);
            if (!m.sameValues(stored.get(m.customerKey()))) {
                changed.add(m);
            }
        }
        store.write(changed, List.of());
        announce(changed.stream().map(CustomerMeasures::customerKey).toList(), false);
        return new RecomputeResult(true, false, sums.size(), changed.size(), millisSince(started));
    }

    private RecomputeResult full() {
        long started = System.nanoTime();
        Instant now = now();
        List<OrderSums> sums = new ArrayList<>(store.sums(windowStart(), previousWindowStart(), null));
        int customers = sums.size();
        RfmRanking.Ranked ranked = RfmRanking.rank(sums, now, settings.shown().windowMonths());
        Map<String, CustomerMeasures> stored = store.measures(null);
        long read = System.nanoTime();
        // each customer's sums and stored measures are let go once compared, and changed measures are written in
        // chunks on two connections: the heap holds the population once, not twice (decision 254)
        List<String> touched = new ArrayList<>();
        List<String> removed;
        long writing;
        try (MeasureWriter writer = new MeasureWriter(store)) {
            List<CustomerMeasures> changed = new ArrayList<>();
            for (int i = 0; i < customers; i++) {
                CustomerMeasures m = calculator.measures(sums.set(i, null), ranked.scores()[i], now);
                if (!m.sameValues(stored.remove(m.customerKey()))) {
                    changed.add(m);
                    touched.add(m.customerKey());
                    if (changed.size() == WRITE_CHUNK) {
                        writer.write(changed, List.of());
                        changed = new ArrayList<>();
                    }
                }
            }
            removed = new ArrayList<>(stored.keySet()); // stored, but no longer a live customer
            writer.write(changed, removed);
            writing = writer.millis();
        }
        LOG.info("Full recompute: {} customers read in {} ms, {} changed and {} removed written in {} ms", customers,
                (read - started) / 1_000_000, touched.size(), removed.size(), writing);
        store.saveCutPoints(ranked.cuts());
        if (interest != null) {
            try {
                interest.refreshAll(now);
            } catch (RuntimeException e) {
                LOG.warn("Interest signals not refreshed: {}", e.getClass().getName());
            }
        }
        int changes = touched.size() + removed.size();
        touched.addAll(removed);
        announce(touched, true);
        return new RecomputeResult(true, true, customers, changes, millisSince(started));
    }

    private boolean usable(RfmCutPoints cuts) {
        // a run over an empty database (a fresh install) leaves no cut points worth scoring against
        return cuts.population() > 0 && cuts.windowMonths() == settings.shown().windowMonths()
                && cuts.computedAt().isAfter(now().minus(MAX_CUT_AGE));
    }

    /** Tells listeners (the segments) whose measures changed. */
    private void announce(List<String> keys, boolean full) {
        if (events == null || (keys.isEmpty() && !full)) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put(AnalyticsEvents.CUSTOMER_KEYS, keys.toArray(String[]::new));
        props.put(AnalyticsEvents.FULL, full);
        events.postEvent(new Event(AnalyticsEvents.TOPIC_MEASURES_CHANGED, props));
    }

    Instant windowStart() {
        return today().minusMonths(settings.shown().windowMonths()).atStartOfDay(SEOUL).toInstant();
    }

    Instant previousWindowStart() {
        return today().minusMonths(2L * settings.shown().windowMonths()).atStartOfDay(SEOUL).toInstant();
    }

    private LocalDate today() {
        return clock.instant().atZone(SEOUL).toLocalDate();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
