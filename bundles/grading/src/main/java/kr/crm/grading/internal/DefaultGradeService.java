package kr.crm.grading.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.grade.AccountGrade;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeChange;
import kr.crm.api.grade.GradeEvents;
import kr.crm.api.grade.GradeOverride;
import kr.crm.api.grade.GradeService;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.grade.RegradeResult;
import kr.crm.api.grade.RfmCuts;
import kr.crm.api.store.GradeStore;
import kr.crm.api.store.GradeWrite;
import kr.crm.api.store.Leases;
import kr.crm.api.store.StoredGrade;
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
 * Grades accounts by the current policy. A full run holds the database lease {@code regrade} (one
 * node at a time) and a lock (one run per node, as a node renews its own lease); every write is
 * conditional on the row read, so an incremental run racing it cannot record a change twice.
 */
@Component(service = GradeService.class, configurationPid = "kr.crm.grading")
@Designate(ocd = GradingConfig.class)
public final class DefaultGradeService implements GradeService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultGradeService.class);
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final String LEASE = "regrade";

    private final GradeStore store;
    private final EventAdmin events;
    private final Leases leases;
    private final Duration leaseLength;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "crm-regrade"));

    @Activate
    public DefaultGradeService(@Reference GradeStore store, @Reference Leases leases,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            EventAdmin events, GradingConfig config) {
        this(store, leases, events, Duration.ofMinutes(config.leaseMinutes()), Clock.systemUTC());
        if (config.intervalMinutes() > 0) {
            timer.scheduleWithFixedDelay(this::scheduled, config.intervalMinutes(), config.intervalMinutes(),
                    TimeUnit.MINUTES);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void scheduled() {
        try {
            RegradeResult r = regradeAll();
            if (r.ran()) {
                LOG.info("Re-grade: {} accounts, {} changed, {} ms", r.accounts(), r.changed(), r.millis());
            }
        } catch (RuntimeException e) {
            LOG.warn("Re-grade stopped: {}", e.getClass().getName());
        }
    }

    DefaultGradeService(GradeStore store, Leases leases, EventAdmin events, Duration leaseLength, Clock clock) {
        this.store = store;
        this.events = events;
        this.leases = leases;
        this.leaseLength = leaseLength;
        this.clock = clock;
    }

    @Override
    public Optional<AccountGrade> gradeOf(String accountKey) {
        List<String> accounts = accountOf(accountKey);
        if (accounts.isEmpty()) {
            return Optional.empty();
        }
        StoredGrade g = store.grades(accounts).get(accounts.get(0));
        if (g == null || g.grade() == null) {
            return Optional.empty();
        }
        GradeOverride override = holds(g.override()) ? g.override() : null;
        return Optional.of(new AccountGrade(g.accountKey(), override == null ? g.computed() : override.grade(),
                g.computed(), override, g.policyVersion(), g.measures(), List.of(g.reasons().split("\n")),
                g.computedAt()));
    }

    @Override
    public List<GradeChange> historyOf(String accountKey) {
        List<String> accounts = accountOf(accountKey);
        return accounts.isEmpty() ? List.of() : store.history(accounts.get(0));
    }

    @Override
    public AccountGrade override(String accountKey, Grade grade, String reason, LocalDate expiresOn, String user) {
        if (grade == null) {
            throw new ValidationException("grade", "is required: S, A, B, C or D");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ValidationException("reason", "is required, at most 500 characters");
        }
        if (expiresOn == null || expiresOn.isBefore(today())) {
            throw new ValidationException("expiresOn", "is required, today or later");
        }
        String account = existing(accountKey);
        store.saveOverride(account, new GradeOverride(grade, reason.strip(), expiresOn, user, now()));
        regrade(List.of(account), user);
        return gradeOf(account).orElseThrow();
    }

    @Override
    public AccountGrade removeOverride(String accountKey, String user) {
        String account = existing(accountKey);
        if (!store.deleteOverride(account)) {
            throw new NotFoundException("override of " + account);
        }
        regrade(List.of(account), user);
        return gradeOf(account).orElseThrow();
    }

    @Override
    public RegradeResult regradeAll() {
        if (!running.tryLock()) {
            return new RegradeResult(false, 0, 0, 0, 0);
        }
        try {
            if (!leases.tryTake(LEASE, leaseLength)) {
                return new RegradeResult(false, 0, 0, 0, 0);
            }
            try {
                RegradeResult result = run(null, null);
                store.removeExpiredOverrides(today());
                return result;
            } finally {
                leases.release(LEASE);
            }
        } finally {
            running.unlock();
        }
    }

    @Override
    public RegradeResult regrade(Collection<String> accountKeys) {
        return regrade(accountKeys, null);
    }

    /**
     * Some accounts, scored against the RFM cut points of the last full run. Without usable cut
     * points (a fresh install, a new policy version, a day without a full run) a full run is made
     * instead, which grades these accounts too and leaves cut points for the next ones; if another
     * run holds the lease, nothing is done ({@code ran} false) and the caller tries again later,
     * rather than ranking every account for a few.
     */
    private RegradeResult regrade(Collection<String> keys, String actor) {
        List<String> accounts = store.accounts(keys);
        if (!accounts.isEmpty() && !cutsUsable(store.policy())) {
            return regradeAll();
        }
        return run(accounts, actor);
    }

    private boolean cutsUsable(GradingPolicy policy) {
        return store.rfmCuts().filter(c -> RfmScorer.usable(c, policy.version(), now())).isPresent();
    }

    private RegradeResult run(List<String> accounts, String actor) {
        long started = System.nanoTime();
        GradingPolicy policy = store.policy();
        if (accounts != null && accounts.isEmpty()) {
            return new RegradeResult(true, policy.version(), 0, 0, 0);
        }
        List<AccountMeasures> measures = measures(policy, accounts);
        List<GradeWrite> writes = Regrader.changes(policy, measures, store.gradeStates(accounts), today(), now(),
                actor);
        List<GradeWrite> written = store.write(writes);
        announce(written);
        return new RegradeResult(true, policy.version(), measures.size(), written.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A full run ranks every account and keeps the RFM cut points; a run for some accounts reads
     * only their orders and scores them against the cut points of the last full run (of the same
     * policy, at most a day old), else ranks among all as a full run does.
     */
    private List<AccountMeasures> measures(GradingPolicy policy, List<String> accounts) {
        Instant since = windowStart(policy);
        if (accounts == null) {
            List<AccountMeasures> all = RfmScorer.rank(store.measures(since, null));
            store.saveRfmCuts(RfmScorer.cuts(all, policy.version(), now()));
            return all;
        }
        Optional<RfmCuts> cuts = store.rfmCuts().filter(c -> RfmScorer.usable(c, policy.version(), now()));
        if (cuts.isPresent()) {
            return store.measures(since, accounts).stream().map(m -> RfmScorer.score(cuts.get(), m)).toList();
        }
        // the cut points expired between the check and now: rank among all, once
        Set<String> wanted = new HashSet<>(accounts);
        return RfmScorer.rank(store.measures(since, null)).stream().filter(m -> wanted.contains(m.accountKey()))
                .toList();
    }

    /** Tells listeners (the task rules) of each stored change of a grade in force. */
    private void announce(List<GradeWrite> written) {
        if (events == null) {
            return;
        }
        for (GradeWrite w : written) {
            GradeChange c = w.change();
            if (c != null) {
                Map<String, Object> props = new HashMap<>();
                props.put(GradeEvents.ACCOUNT_KEY, c.accountKey());
                props.put(GradeEvents.TO, c.to().name());
                if (c.from() != null) {
                    props.put(GradeEvents.FROM, c.from().name());
                }
                events.postEvent(new Event(GradeEvents.TOPIC_CHANGED, props));
            }
        }
    }

    Instant windowStart(GradingPolicy policy) {
        return today().minusMonths(policy.windowMonths()).atStartOfDay(SEOUL).toInstant();
    }

    private List<String> accountOf(String key) {
        return key == null || key.isBlank() ? List.of() : store.accounts(List.of(key.strip()));
    }

    private String existing(String key) {
        List<String> accounts = accountOf(key);
        if (accounts.isEmpty()) {
            throw new NotFoundException("account " + key);
        }
        return accounts.get(0);
    }

    private boolean holds(GradeOverride override) {
        return override != null && !override.expiresOn().isBefore(today());
    }

    private LocalDate today() {
        return clock.instant().atZone(SEOUL).toLocalDate();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
