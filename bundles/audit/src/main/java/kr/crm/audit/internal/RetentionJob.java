package kr.crm.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.crm.api.store.AccessLogStore;
import kr.crm.api.store.Leases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the access-log rows older than the retention period, oldest first, under the lease
 * {@code access-log-retention}. The database's trigger refuses to delete a row younger than 366 days whatever this
 * job computes; the head's pruned mark tells the verify walk where the chain now starts.
 */
@Component(service = RetentionJob.class, immediate = true, configurationPid = RetentionJob.PID)
@Designate(ocd = RetentionConfig.class)
public final class RetentionJob {
    static final String PID = "kr.crm.audit.retention";
    static final String LEASE = "access-log-retention";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final AccessLogStore store;
    private final Leases leases;
    private final Clock clock = Clock.systemUTC();
    private final Duration lease;
    private final int batchSize;
    private final ScheduledExecutorService executor;

    @Activate
    public RetentionJob(@Reference AccessLogStore store, @Reference Leases leases, RetentionConfig config) {
        this.store = store;
        this.leases = leases;
        this.lease = Duration.ofMinutes(config.leaseMinutes());
        this.batchSize = config.batchSize();
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-access-log-retention"));
        if (config.intervalHours() > 0) {
            executor.scheduleWithFixedDelay(this::runSafely, 1, config.intervalHours() * 60L, TimeUnit.MINUTES);
        }
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    /** One pass. @return rows deleted, or -1 if another node holds the lease */
    int run() {
        if (!leases.tryTake(LEASE, lease)) {
            return -1;
        }
        try {
            int years = Retention.years(store.peopleHeld());
            var cutoff = ZonedDateTime.now(clock).minusYears(years).toInstant();
            int total = 0;
            int deleted;
            do {
                deleted = store.prune(cutoff, batchSize);
                total += deleted;
            } while (deleted > 0 && !Thread.currentThread().isInterrupted());
            if (total > 0) {
                LOG.info("access log retention ({} years): {} rows removed", years, total);
            }
            return total;
        } finally {
            leases.release(LEASE);
        }
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("access log retention failed: {}", e.getClass().getSimpleName());
        }
    }
}
