package kr.crm.api.contactlog;

/** Kinds of contact a rep logs. */
public enum ContactType {
    VISIT, CALL, DM, EMAIL, COMPLAINT, EVENT_PLAN, OTHER
}
