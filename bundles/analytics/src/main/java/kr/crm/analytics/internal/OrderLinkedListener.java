package kr.crm.analytics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.crm.api.analytics.AnalyticsService;
import kr.crm.api.analytics.RecomputeResult;
import kr.crm.api.order.OrderEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes the customers whose orders were just stored ({@link OrderEvents#TOPIC_LINKED}) on a thread
 * of its own, off EventAdmin's delivery thread; keys are collected for a short delay and recomputed
 * together, as grading's OrderLinkedHandler does.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + OrderEvents.TOPIC_LINKED,
        configurationPid = "kr.crm.analytics", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class OrderLinkedListener implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OrderLinkedListener.class);

    private final AnalyticsService analytics;
    private final boolean enabled;
    private final long delayMillis;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "crm-analytics-orders"));

    @Activate
    public OrderLinkedListener(@Reference AnalyticsService analytics, AnalyticsConfig config) {
        this.analytics = analytics;
        this.enabled = config.onOrders();
        this.delayMillis = config.onOrdersDelayMillis();
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        if (enabled && event.getProperty(OrderEvents.CUSTOMER_KEYS) instanceof String[] keys && keys.length > 0) {
            pending.addAll(Arrays.asList(keys));
            if (scheduled.compareAndSet(false, true)) {
                worker.schedule(this::drain, delayMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void drain() {
        scheduled.set(false);
        List<String> keys = new ArrayList<>(pending);
        pending.removeAll(keys);
        if (keys.isEmpty()) {
            return;
        }
        try {
            RecomputeResult result = analytics.recompute(keys);
            if (!result.ran()) {
                // a full run elsewhere holds the lease and there were no cut points to score against: try again
                pending.addAll(keys);
                if (scheduled.compareAndSet(false, true)) {
                    worker.schedule(this::drain, Math.max(delayMillis, 1000), TimeUnit.MILLISECONDS);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Analytics recompute of {} customers after orders failed: {}", keys.size(),
                    e.getClass().getName());
        }
    }
}
