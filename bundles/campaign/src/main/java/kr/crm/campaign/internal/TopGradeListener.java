package kr.crm.campaign.internal;

import kr.crm.api.grade.GradeEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fast path of the welcome programs: a grade change into the top grade queues the welcome at once. A lost event
 * (a node stopping) costs nothing but time: the next run of the {@link ProgramDetector} reads the grade history.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + GradeEvents.TOPIC_CHANGED)
public final class TopGradeListener implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(TopGradeListener.class);
    private final ProgramDetector detector;

    @Activate
    public TopGradeListener(@Reference ProgramDetector detector) {
        this.detector = detector;
    }

    @Override
    public void handleEvent(Event event) {
        Object to = event.getProperty(GradeEvents.TO);
        Object from = event.getProperty(GradeEvents.FROM);
        Object key = event.getProperty(GradeEvents.ACCOUNT_KEY);
        if (!ProgramDetector.TOP_GRADE.equals(to) || ProgramDetector.TOP_GRADE.equals(from) || !(key instanceof String k)) {
            return;
        }
        try {
            detector.welcome(k);
        } catch (RuntimeException e) { // the daily run catches it up
            LOG.warn("welcome fast path failed: {}", CampaignSender.causes(e));
        }
    }
}
