package kr.crm.consent.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.consent.ConsentRecord;
import kr.crm.api.consent.Reconfirmation;
import kr.crm.api.consent.ReconfirmationRun;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.identity.MergeService;
import kr.crm.api.store.ConsentStore;
import kr.crm.api.store.Leases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every 2 years a standing advertising consent is re-confirmed by notice (정보통신망법 시행령 제62조의3 ②). One node
 * at a time (lease {@code consent-reconfirmation}) selects the granted advertising and night consents that are still
 * the newest of their kind and due within the lead time, skips those opted out since, and queues one notice each;
 * the next re-confirmation is then due 2 years later. A consent without an e-mail address stays due and, once
 * overdue, is not sendable. Logs counts only.
 */
@Component(service = Reconfirmation.class, configurationPid = ReconfirmationJob.PID)
@Designate(ocd = ReconfirmationConfig.class)
public final class ReconfirmationJob implements Reconfirmation {
    static final String PID = "kr.crm.consent.reconfirmation";
    static final String LEASE = "consent-reconfirmation";
    private static final Logger LOG = LoggerFactory.getLogger(ReconfirmationJob.class);

    private final ConsentStore store;
    private final Leases leases;
    private final Subjects subjects;
    private final Addresses addresses;
    private final Notices notices;
    private final Duration lead;
    private final int batch;
    private final Clock clock;
    private final ScheduledExecutorService executor;

    @Activate
    public ReconfirmationJob(@Reference ConsentStore store, @Reference Leases leases,
            @Reference CustomerService customers, @Reference ContactPersonService contacts,
            @Reference MergeService merges, @Reference IdentityNormalizer normalizer, @Reference Notices notices,
            ReconfirmationConfig config) {
        this(store, leases, new Subjects(customers, contacts, merges), new Addresses(normalizer), notices,
                Duration.ofDays(config.leadDays()), config.batchSize(), Clock.systemUTC(),
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-consent-reconfirmation")));
        executor.scheduleWithFixedDelay(this::scheduled, config.everyMinutes(), config.everyMinutes(), TimeUnit.MINUTES);
    }

    ReconfirmationJob(ConsentStore store, Leases leases, Subjects subjects, Addresses addresses, Notices notices,
            Duration lead, int batch, Clock clock, ScheduledExecutorService executor) {
        this.store = store;
        this.leases = leases;
        this.subjects = subjects;
        this.addresses = addresses;
        this.notices = notices;
        this.lead = lead;
        this.batch = batch;
        this.clock = clock;
        this.executor = executor;
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    private void scheduled() {
        try {
            ReconfirmationRun run = runNow();
            if (run.selected() > 0) {
                LOG.info("consent re-confirmation: {} due, {} notices queued, {} without an e-mail address",
                        run.selected(), run.noticed().size(), run.withoutAddress().size());
            }
        } catch (RuntimeException e) {
            LOG.warn("consent re-confirmation run failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized ReconfirmationRun runNow() {
        if (!leases.tryTake(LEASE, Duration.ofMinutes(10))) {
            return new ReconfirmationRun(false, 0, List.of(), List.of());
        }
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            List<ConsentRecord> due = store.reconfirmationDue(now.plus(lead), batch);
            List<Long> noticed = new ArrayList<>();
            List<Long> withoutAddress = new ArrayList<>();
            int selected = 0;
            for (ConsentRecord c : due) {
                Subject s;
                try {
                    s = subjects.of("subjectKey", c.subjectKey());
                } catch (NotFoundException e) {
                    continue;
                }
                boolean optedOutSince = store.optOutsOf(s.keys(), addresses.keysOf(s, null, null)).stream()
                        .anyMatch(o -> (o.channel() == null || o.channel() == c.channel())
                                && o.at().isAfter(c.occurredAt()));
                if (optedOutSince) {
                    continue;
                }
                selected++;
                if (notices.reconfirm(c, s, now)) {
                    store.reconfirmed(c.id(), now,
                            now.atZone(TransactionException.SEOUL).plusYears(DefaultConsentService.RECONFIRM_YEARS)
                                    .toInstant());
                    noticed.add(c.id());
                } else {
                    withoutAddress.add(c.id());
                }
            }
            return new ReconfirmationRun(true, selected, noticed, withoutAddress);
        } finally {
            leases.release(LEASE);
        }
    }
}
