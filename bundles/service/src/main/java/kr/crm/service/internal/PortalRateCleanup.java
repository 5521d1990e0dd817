package kr.crm.service.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.crm.api.store.Leases;
import kr.crm.api.store.PortalRateStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops the portal's submission counters of finished hours (only the current hour is counted against), every
 * {@code rateCleanupMinutes} of PID {@code kr.crm.service.portal}, on one node at a time under the database lease
 * {@code service-portal-rate}.
 */
@Component(service = PortalRateCleanup.class, immediate = true, configurationPid = "kr.crm.service.portal",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class PortalRateCleanup {
    static final String LEASE = "service-portal-rate";
    private static final Logger LOG = LoggerFactory.getLogger(PortalRateCleanup.class);

    private final PortalRateStore rates;
    private final Leases leases;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "crm-portal-rate-cleanup");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public PortalRateCleanup(@Reference PortalRateStore rates, @Reference Leases leases, PortalConfig config) {
        this(rates, leases, Clock.systemUTC());
        if (config.rateCleanupMinutes() > 0) {
            timer.scheduleWithFixedDelay(this::scheduled, 1, config.rateCleanupMinutes(), TimeUnit.MINUTES);
        }
    }

    PortalRateCleanup(PortalRateStore rates, Leases leases, Clock clock) {
        this.rates = rates;
        this.leases = leases;
        this.clock = clock;
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("portal rate cleanup failed, next try at the next interval: {}", e.toString());
        }
    }

    /** @return counters dropped, or -1 if another node holds the lease */
    int run() {
        if (!leases.tryTake(LEASE, Duration.ofMinutes(5))) {
            return -1;
        }
        try {
            Instant currentHour = clock.instant().truncatedTo(ChronoUnit.HOURS);
            return rates.forgetBefore(currentHour);
        } finally {
            leases.release(LEASE);
        }
    }
}
