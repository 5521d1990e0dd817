package kr.crm.api.campaign;

/**
 * EventAdmin topics of the campaign bundle.
 *
 * @since 0.3
 */
public final class CampaignEvents {
    /** An open or click was recorded; {@link #CUSTOMER_KEYS} names the customer (the analytics' interest signals). */
    public static final String TOPIC_TRACKED = "kr/crm/campaign/TRACKED";
    /** String[] of customer keys. */
    public static final String CUSTOMER_KEYS = "customerKeys";

    private CampaignEvents() {
    }
}
