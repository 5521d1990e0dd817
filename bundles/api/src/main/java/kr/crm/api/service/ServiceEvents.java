package kr.crm.api.service;

/** EventAdmin topics the service bundle posts, for a host that notifies people. */
public final class ServiceEvents {
    /** A request missed a service-level target and was escalated to its team lead, once. */
    public static final String TOPIC_ESCALATED = "kr/crm/service/ESCALATED";
    /** Property: the request id (String). */
    public static final String REQUEST_ID = "requestId";
    /** Property: the customer key (String). */
    public static final String ACCOUNT_KEY = "accountKey";
    /** Property: who it was escalated to (String; the team lead, else an admin is expected to watch the list). */
    public static final String ESCALATED_TO = "escalatedTo";
    /** Property: which target was missed, {@code firstResponse} or {@code resolution} (String). */
    public static final String TARGET = "target";

    private ServiceEvents() {
    }
}
