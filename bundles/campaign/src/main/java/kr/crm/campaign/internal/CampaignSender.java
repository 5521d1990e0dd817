package kr.crm.campaign.internal;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kr.crm.api.campaign.SmsGateway;
import kr.crm.api.campaign.TemplateService;
import kr.crm.api.consent.ConsentService;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.mail.MailSender;
import kr.crm.api.store.CampaignStore;
import kr.crm.api.store.Leases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends running campaigns: a pass on every launch or resume (event {@code kr/crm/campaign/LAUNCHED}) and every
 * {@code pollSeconds}, one node at a time. Stopping waits for the messages in flight and records them, so a stop
 * leaves no row SENDING. The clock is the system's unless a {@link Clock} service with {@code crm.clock=campaign}
 * is registered (the tests' night hold). Logs counts, never addresses.
 */
@Component(service = EventHandler.class, configurationPid = CampaignSender.PID, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + DefaultCampaignService.LAUNCHED)
@Designate(ocd = SenderConfig.class)
public final class CampaignSender implements EventHandler {
    static final String PID = "kr.crm.campaign.sender";
    private static final Logger LOG = LoggerFactory.getLogger(CampaignSender.class);

    private final SendPass pass;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService lanes;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile MailSender mail;
    private volatile SmsGateway sms;
    private volatile Clock clock;

    @Activate
    public CampaignSender(@Reference CampaignStore store, @Reference Leases leases,
            @Reference ConsentService consents, @Reference TemplateService templates,
            @Reference TrackingLinks tracking, @Reference BounceRefs refs, @Reference IdentityNormalizer normalizer,
            SenderConfig config) {
        RecipientDelivery delivery = new RecipientDelivery(store, consents, templates, tracking,
                this::clock, config, refs, normalizer);
        this.pass = new SendPass(store, leases, delivery, this::clock, config);
        AtomicInteger n = new AtomicInteger();
        this.lanes = Executors.newFixedThreadPool(Math.max(1, config.maxConnections()),
                r -> new Thread(r, "crm-campaign-lane-" + n.incrementAndGet()));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-campaign-sender"));
        scheduler.scheduleWithFixedDelay(this::work, 1, Math.max(1, config.pollSeconds()), TimeUnit.SECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindMail(MailSender m) {
        mail = m;
        wake();
    }

    void unbindMail(MailSender m) {
        if (mail == m) {
            mail = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSms(SmsGateway g) {
        sms = g;
        wake();
    }

    void unbindSms(SmsGateway g) {
        if (sms == g) {
            sms = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(crm.clock=campaign)")
    void bindClock(Clock c) {
        clock = c;
    }

    void unbindClock(Clock c) {
        if (clock == c) {
            clock = null;
        }
    }

    @Override
    public void handleEvent(Event event) {
        wake();
    }

    @Deactivate
    void stop() throws InterruptedException {
        stopping.set(true);
        scheduler.shutdown();
        if (!scheduler.awaitTermination(60, TimeUnit.SECONDS)) {
            scheduler.shutdownNow();
        }
        lanes.shutdown();
        if (!lanes.awaitTermination(30, TimeUnit.SECONDS)) {
            lanes.shutdownNow();
        }
    }

    private Clock clock() {
        Clock c = clock;
        return c != null ? c : Clock.systemUTC();
    }

    private void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                scheduler.execute(() -> {
                    wakeQueued.set(false);
                    work();
                });
            } catch (java.util.concurrent.RejectedExecutionException going) {
                wakeQueued.set(false); // stopping: the next pass (this node or another) sends it
            }
        }
    }

    private void work() {
        if (stopping.get()) {
            return;
        }
        try {
            SendPass.Result r = pass.run(mail, sms, lanes, stopping::get);
            if (r.ran() && r.sent() + r.failed() + r.skipped() + r.held() > 0) {
                LOG.info("campaign pass: {} sent, {} failed, {} skipped, {} held", r.sent(), r.failed(), r.skipped(),
                        r.held());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("campaign pass failed: {}", causes(e));
        }
    }

    /** The exception classes of a failure, outermost first: messages may hold addresses, classes do not. */
    static String causes(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 300; t = t.getCause() == t ? null : t.getCause()) {
            b.append(b.length() == 0 ? "" : " < ").append(t.getClass().getName());
        }
        return b.toString();
    }
}
