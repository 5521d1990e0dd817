package kr.crm.api.contactlog;

/**
 * EventAdmin topics the contact log posts.
 *
 * @since 0.2
 */
public final class ContactLogEvents {
    /** A complaint was logged, changed status, was edited or deleted: the account's open complaints may differ. */
    public static final String TOPIC_COMPLAINT = "kr/crm/contactlog/COMPLAINT";
    /** Property: the account key (String). */
    public static final String ACCOUNT_KEY = "accountKey";

    private ContactLogEvents() {
    }
}
