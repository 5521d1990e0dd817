package kr.crm.campaign.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.crm.api.campaign.ProgramRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the {@link ProgramDetector} every {@code everyMinutes} (the first a minute after start). Logs counts only. */
@Component(immediate = true, configurationPid = ProgramDetector.PID)
public final class ProgramSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(ProgramSchedule.class);
    private final ProgramDetector detector;
    private final ScheduledExecutorService scheduler;

    @Activate
    public ProgramSchedule(@Reference ProgramDetector detector, ProgramConfig config) {
        this.detector = detector;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-programs"));
        long every = Math.max(1, config.everyMinutes());
        scheduler.scheduleWithFixedDelay(this::runOnce, 1, every, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() throws InterruptedException {
        scheduler.shutdown();
        if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
            scheduler.shutdownNow();
        }
    }

    private void runOnce() {
        try {
            ProgramRun r = detector.run();
            if (r.ran() && r.moments() > 0) {
                LOG.info("programs run {}: {} moments, {} queued, {} already, {} not eligible", r.day(), r.moments(),
                        r.queued(), r.already(), r.notEligible());
            }
        } catch (RuntimeException e) {
            LOG.warn("programs run failed: {}", CampaignSender.causes(e));
        }
    }
}
