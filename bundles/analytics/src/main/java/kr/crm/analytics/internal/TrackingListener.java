package kr.crm.analytics.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.crm.api.analytics.AnalyticsEvents;
import kr.crm.api.campaign.CampaignEvents;
import kr.crm.api.store.AnalyticsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the interest signals of customers whose open or click was just recorded
 * ({@link CampaignEvents#TOPIC_TRACKED}), collected for {@code onOrdersDelayMillis} like arriving orders, then
 * tells the segments ({@link AnalyticsEvents#TOPIC_MEASURES_CHANGED}) so that rules on clicks take effect at once.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + CampaignEvents.TOPIC_TRACKED,
        configurationPid = "kr.crm.analytics", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class TrackingListener implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(TrackingListener.class);

    private final InterestRebuild signals;
    private final EventAdmin events;
    private final Clock clock = Clock.systemUTC();
    private final KeyBatches batches;

    @Activate
    public TrackingListener(@Reference AnalyticsStore store,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            EventAdmin events, AnalyticsConfig config) {
        this.signals = new InterestRebuild(store, config.interestDays());
        this.events = events;
        this.batches = new KeyBatches("crm-analytics-interest", config.onOrdersDelayMillis(), this::refresh);
    }

    @Deactivate
    void stop() {
        batches.stop();
    }

    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(CampaignEvents.CUSTOMER_KEYS) instanceof String[] keys && keys.length > 0) {
            batches.add(Arrays.asList(keys));
        }
    }

    private void refresh(List<String> keys) {
        try {
            List<String> survivors = signals.refresh(keys, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            if (events != null && !survivors.isEmpty()) {
                Map<String, Object> props = new HashMap<>();
                props.put(AnalyticsEvents.CUSTOMER_KEYS, survivors.toArray(String[]::new));
                props.put(AnalyticsEvents.FULL, false);
                events.postEvent(new Event(AnalyticsEvents.TOPIC_MEASURES_CHANGED, props));
            }
        } catch (RuntimeException e) {
            LOG.warn("Interest signals of {} customers not refreshed: {}", keys.size(), e.getClass().getName());
        }
    }
}
