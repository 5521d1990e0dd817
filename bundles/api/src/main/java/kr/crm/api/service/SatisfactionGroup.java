package kr.crm.api.service;

/** What a satisfaction report groups by. @since 0.2 */
public enum SatisfactionGroup {
    /** The user the request was assigned to when it was resolved. */
    ASSIGNEE,
    /** The request's type. */
    TYPE
}
