package kr.crm.privacy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.crm.api.privacy.DestructionEntry;
import kr.crm.api.privacy.DestructionMethod;
import kr.crm.api.privacy.PurgeRun;
import kr.crm.api.privacy.PurgeService;
import kr.crm.api.privacy.RetentionCategory;
import kr.crm.api.privacy.RetentionRule;
import kr.crm.api.security.CrmUser;
import kr.crm.api.store.Destruction;
import kr.crm.api.store.Leases;
import kr.crm.api.store.PrivacyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily purge: every retention rule in turn, under the lease {@code privacy-purge} so that one node purges at a
 * time. Each customer goes in a transaction of its own with its destruction-log row; a failure is counted and left
 * for the next run, the others go on. A second run finds nothing left to do.
 */
@Component(service = PurgeService.class, immediate = true, configurationPid = PurgeJob.PID)
@Designate(ocd = RetentionConfig.class)
public final class PurgeJob implements PurgeService {
    static final String PID = "kr.crm.privacy.retention";
    static final String LEASE = "privacy-purge";
    static final String SYSTEM = "system:purge";
    private static final Logger LOG = LoggerFactory.getLogger(PurgeJob.class);

    private final PrivacyStore store;
    private final Leases leases;
    private final RetentionRules rules;
    private final Duration lease;
    private final int batchSize;
    private final Clock clock;
    private final ScheduledExecutorService executor;

    @Activate
    public PurgeJob(@Reference PrivacyStore store, @Reference Leases leases, RetentionConfig config) {
        this(store, leases, config, Clock.systemUTC());
    }

    PurgeJob(PrivacyStore store, Leases leases, RetentionConfig config, Clock clock) {
        this.store = store;
        this.leases = leases;
        this.rules = RetentionRules.of(config);
        this.lease = Duration.ofMinutes(config.leaseMinutes());
        this.batchSize = config.batchSize();
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-privacy-purge"));
        if (config.intervalHours() > 0) {
            executor.scheduleWithFixedDelay(this::runSafely, 5, config.intervalHours() * 60L, TimeUnit.MINUTES);
        }
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    @Override
    public List<RetentionRule> rules() {
        return rules.describe(clock.instant());
    }

    @Override
    public PurgeRun runNow(CrmUser by) {
        return run(by == null ? SYSTEM : by.username());
    }

    @Override
    public List<DestructionEntry> destructionLog(RetentionCategory category, String customerKey, int limit) {
        return store.destructionLog(category, customerKey, limit);
    }

    PurgeRun run(String by) {
        Instant started = now();
        if (!leases.tryTake(LEASE, lease)) {
            return new PurgeRun(false, started, now(), Map.of(), Map.of(), rules());
        }
        try {
            PurgeTally tally = new PurgeTally();
            Instant prospects = rules.prospectCutoff(started);
            Instant orders = rules.orderCutoff(started);
            if (prospects != null) {
                Destruction d = destruction(RetentionCategory.PROSPECT, DestructionMethod.DELETED,
                        rules.prospectRule(), by, started);
                eachKey(RetentionCategory.PROSPECT, tally, after -> store.expiredProspects(prospects, after, batchSize),
                        key -> store.deleteCustomer(key, d).isPresent());
            }
            Instant marketing = rules.marketingCutoff(started);
            if (marketing != null) {
                Destruction d = destruction(RetentionCategory.MARKETING_PROFILE, DestructionMethod.DELETED,
                        rules.marketingRule(), by, started);
                eachKey(RetentionCategory.MARKETING_PROFILE, tally,
                        after -> store.endedMarketingConsents(marketing, after, batchSize),
                        key -> store.deleteMarketingProfile(key, d).isPresent());
            }
            if (orders != null) {
                Instant quiet = prospects != null ? prospects : orders;
                Destruction d = destruction(RetentionCategory.ORDER_IDENTITY, DestructionMethod.ANONYMISED,
                        rules.orderRule(), by, started);
                eachKey(RetentionCategory.ORDER_IDENTITY, tally,
                        after -> store.expiredOrderIdentities(orders, quiet, after, batchSize),
                        key -> store.anonymiseCustomer(key, d).isPresent());
            }
            Instant logs = rules.contactLogCutoff(started);
            if (logs != null) {
                Destruction d = destruction(RetentionCategory.CONTACT_LOG, DestructionMethod.DELETED,
                        "contact-log entries " + rules.contactLogYears() + " years after they occurred", by, started);
                eachKey(RetentionCategory.CONTACT_LOG, tally,
                        after -> store.accountsWithContactLogsBefore(logs, after, batchSize),
                        key -> store.deleteContactLogs(key, logs, d).isPresent());
            }
            Instant permissions = rules.permissionHistoryCutoff(started);
            if (permissions != null) {
                Destruction d = destruction(RetentionCategory.PERMISSION_HISTORY, DestructionMethod.DELETED,
                        "permission history " + rules.permissionHistoryYears() + " years", by, started);
                tally.step(RetentionCategory.PERMISSION_HISTORY,
                        () -> store.deletePermissionHistory(permissions, d).isPresent(), null);
            }
            if (tally.total() > 0) {
                LOG.info("purge: {} destroyed, {} failed", tally.destroyed(), tally.failures());
            }
            return new PurgeRun(true, started, now(), tally.destroyed(), tally.failures(), rules());
        } finally {
            leases.release(LEASE);
        }
    }

    /** Walks the keys a query returns, batch by batch in key order, destroying each in its own transaction. */
    private void eachKey(RetentionCategory category, PurgeTally tally, KeyQuery query, KeyStep step) {
        String after = null;
        List<String> batch;
        do {
            leases.tryTake(LEASE, lease);
            batch = query.after(after);
            for (String key : batch) {
                tally.step(category, () -> step.destroy(key), key);
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1);
        } while (batch.size() == batchSize);
    }

    private static Destruction destruction(RetentionCategory category, DestructionMethod method, String rule,
            String by, Instant at) {
        return new Destruction(category, method, rule, null, by, at);
    }

    private void runSafely() {
        try {
            run(SYSTEM);
        } catch (RuntimeException e) {
            LOG.warn("purge failed: {}", e.getClass().getSimpleName());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @FunctionalInterface
    interface KeyQuery {
        List<String> after(String key);
    }

    @FunctionalInterface
    interface KeyStep {
        boolean destroy(String key);
    }
}
