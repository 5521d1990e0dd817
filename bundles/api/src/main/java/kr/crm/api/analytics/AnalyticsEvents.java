package kr.crm.api.analytics;

/** EventAdmin topics of the analytics bundle. */
public final class AnalyticsEvents {
    /** Stored measures changed; {@link #CUSTOMER_KEYS} names the customers (a full recompute sends one event). */
    public static final String TOPIC_MEASURES_CHANGED = "kr/crm/analytics/MEASURES_CHANGED";
    /** String[] of customer keys. */
    public static final String CUSTOMER_KEYS = "customerKeys";
    /** Boolean: the event follows a full recompute (every customer may have changed). */
    public static final String FULL = "full";

    private AnalyticsEvents() {
    }
}
