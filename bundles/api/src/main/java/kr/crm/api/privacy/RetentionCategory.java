package kr.crm.api.privacy;

/** The data categories a retention rule covers. */
public enum RetentionCategory {
    /** A customer without any order, after months without activity: deleted with everything about it. */
    PROSPECT,
    /**
     * What is kept only for advertising (the birthday, for anniversary greetings), once advertising consent ended on
     * every channel or an opt-out of every channel was recorded: deleted.
     */
    MARKETING_PROFILE,
    /** A customer with orders, once the tax-law period after the last order has passed: anonymised, orders kept. */
    ORDER_IDENTITY,
    /** Contact-log entries (visits, calls, complaints) older than their period: deleted. */
    CONTACT_LOG,
    /** Grants, revocations, locks and unlocks of user accounts older than 3 years: deleted. */
    PERMISSION_HISTORY,
    /** What a data-subject request to delete removed, outside the scheduled rules. */
    DATA_SUBJECT
}
