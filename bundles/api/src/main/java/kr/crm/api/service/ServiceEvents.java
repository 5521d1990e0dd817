package kr.crm.api.service;

/** EventAdmin topics the service bundle posts, for a host that notifies people. */
public final class ServiceEvents {
    /** A request missed a service-level target and was escalated to its team lead, once. */
    public static final String TOPIC_ESCALATED = "kr/crm/service/ESCALATED";
    /**
     * A request was created or changed status. Properties: {@link #REQUEST_ID}, {@link #ACCOUNT_KEY}, {@link #TYPE},
     * {@link #STATUS}, {@link #BY}, and {@link #CONTACT_LOG_ID} if it was made from a contact-log complaint.
     */
    public static final String TOPIC_CHANGED = "kr/crm/service/CHANGED";
    /**
     * A request of type COMPLAINT was created or changed status: the customer's open complaints may differ (grading
     * keeps an account with an open complaint from S). Property: {@link #ACCOUNT_KEY}.
     */
    public static final String TOPIC_COMPLAINT = "kr/crm/service/COMPLAINT";
    /**
     * Staff replied to the customer (visible on the portal). Properties: {@link #REQUEST_ID}, {@link #ACCOUNT_KEY},
     * {@link #BY}.
     *
     * @since 0.3
     */
    public static final String TOPIC_REPLIED = "kr/crm/service/REPLIED";
    /** Property: the request id (String). */
    public static final String REQUEST_ID = "requestId";
    /** Property: the customer key (String). */
    public static final String ACCOUNT_KEY = "accountKey";
    /** Property: who it was escalated to (String; the team lead, else an admin is expected to watch the list). */
    public static final String ESCALATED_TO = "escalatedTo";
    /** Property: which target was missed, {@code firstResponse} or {@code resolution} (String). */
    public static final String TARGET = "target";

    /** Property: the type code (String). */
    public static final String TYPE = "type";
    /** Property: the status after the change (String). */
    public static final String STATUS = "status";
    /** Property: who made the change (String). */
    public static final String BY = "by";
    /** Property: the contact-log complaint the request was made from (String). */
    public static final String CONTACT_LOG_ID = "contactLogId";

    private ServiceEvents() {
    }
}
