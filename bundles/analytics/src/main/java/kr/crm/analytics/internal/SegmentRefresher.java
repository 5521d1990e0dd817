package kr.crm.analytics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.crm.api.analytics.AnalyticsEvents;
import kr.crm.api.grade.GradeEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes segment members when measures change ({@link AnalyticsEvents#TOPIC_MEASURES_CHANGED}): the
 * changed customers after an incremental recompute, every customer after a full one. On a thread of
 * its own; keys arriving during a refresh are taken by the next. A grade change
 * ({@link GradeEvents#TOPIC_CHANGED}) refreshes its account too: rules may name the grade.
 */
@Component(property = {EventConstants.EVENT_TOPIC + "=" + AnalyticsEvents.TOPIC_MEASURES_CHANGED,
    EventConstants.EVENT_TOPIC + "=" + GradeEvents.TOPIC_CHANGED})
public final class SegmentRefresher implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentRefresher.class);

    private final DefaultSegmentService segments;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean everyone = new AtomicBoolean();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "crm-segments"));

    @Activate
    public SegmentRefresher(@Reference DefaultSegmentService segments) {
        this.segments = segments;
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        if (Boolean.TRUE.equals(event.getProperty(AnalyticsEvents.FULL))) {
            everyone.set(true);
        } else if (event.getProperty(AnalyticsEvents.CUSTOMER_KEYS) instanceof String[] keys) {
            pending.addAll(Arrays.asList(keys));
        } else if (event.getProperty(GradeEvents.ACCOUNT_KEY) instanceof String account) {
            pending.add(account);
        }
        if (scheduled.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        boolean all = everyone.getAndSet(false);
        List<String> keys = new ArrayList<>(pending);
        pending.removeAll(keys);
        if (!all && keys.isEmpty()) {
            return;
        }
        try {
            segments.refresh(all ? null : keys);
        } catch (RuntimeException e) {
            LOG.warn("Segment refresh of {} failed: {}", all ? "every customer" : keys.size() + " customers",
                    e.getClass().getName());
        }
    }
}
