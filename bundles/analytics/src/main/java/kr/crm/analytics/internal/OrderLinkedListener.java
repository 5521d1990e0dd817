package kr.crm.analytics.internal;

import java.util.Arrays;
import java.util.List;
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
    private final KeyBatches batches;

    @Activate
    public OrderLinkedListener(@Reference AnalyticsService analytics, AnalyticsConfig config) {
        this.analytics = analytics;
        this.enabled = config.onOrders();
        this.batches = new KeyBatches("crm-analytics-orders", config.onOrdersDelayMillis(), this::recompute);
    }

    @Deactivate
    void stop() {
        batches.stop();
    }

    @Override
    public void handleEvent(Event event) {
        if (enabled && event.getProperty(OrderEvents.CUSTOMER_KEYS) instanceof String[] keys && keys.length > 0) {
            batches.add(Arrays.asList(keys));
        }
    }

    private void recompute(List<String> keys) {
        try {
            RecomputeResult result = analytics.recompute(keys);
            if (!result.ran()) {
                // a full run elsewhere holds the lease and there were no cut points to score against: try again
                batches.addAfter(keys, Math.max(batches.delayMillis(), 1000));
            }
        } catch (RuntimeException e) {
            LOG.warn("Analytics recompute of {} customers after orders failed: {}", keys.size(),
                    e.getClass().getName());
        }
    }
}
