package kr.crm.campaign.internal;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.store.CampaignStore;
import kr.crm.api.store.Leases;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the bounce mailbox of PID {@value #PID} every {@code pollSeconds}, one node at a time (lease
 * {@value BouncePass#LEASE}). Logs counts and exception classes, never addresses.
 */
@Component(service = BouncePoller.class, configurationPid = BouncePoller.PID, immediate = true,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = BounceConfig.class)
public final class BouncePoller {
    static final String PID = "kr.crm.campaign.bounces";
    private static final Logger LOG = LoggerFactory.getLogger(BouncePoller.class);

    private final BouncePass pass;
    private final ScheduledExecutorService scheduler;

    @Activate
    public BouncePoller(@Reference CampaignStore store, @Reference Leases leases, @Reference BounceRefs refs,
            @Reference IdentityNormalizer normalizer, BounceConfig config) {
        BounceSettings settings = BounceSettings.of(config);
        this.pass = new BouncePass(leases, new BounceRecorder(store, refs, normalizer, Clock.systemUTC()), settings,
                ImapBounceMailbox::open);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-campaign-bounces"));
        scheduler.scheduleWithFixedDelay(this::work, 1, settings.pollSeconds(), TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() throws InterruptedException {
        scheduler.shutdown();
        if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
            scheduler.shutdownNow();
        }
    }

    private void work() {
        // Jakarta Mail finds the IMAP provider through the context class loader: Angus Mail's, as in the SMTP sender.
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(IMAPStore.class.getClassLoader());
        try {
            BouncePass.Result r = pass.run();
            if (r.ran() && (!r.kinds().isEmpty() || r.left() > 0)) {
                LOG.info("bounce mailbox: {} read ({} new), {} left for the next pass", r.kinds(), r.recorded(),
                        r.left());
            }
        } catch (Exception e) {
            LOG.warn("bounce mailbox pass failed: {}", CampaignSender.causes(e));
        } finally {
            thread.setContextClassLoader(caller);
        }
    }
}
