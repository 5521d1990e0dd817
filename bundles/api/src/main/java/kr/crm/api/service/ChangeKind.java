package kr.crm.api.service;

/** What a history entry of a request records. */
public enum ChangeKind {
    /** The request was received. */
    CREATED,
    /** Its status moved. */
    STATUS,
    /** Assignee or team changed. */
    ASSIGNED,
    /** Staff wrote to the customer. */
    REPLY,
    /** Staff wrote an internal note (never shown to the customer). */
    NOTE,
    /** The customer added information through the portal. */
    CUSTOMER,
    /** The SLA sweep flagged or escalated the request. */
    SLA,
    /** Staff filed it under a topic (since 0.4). */
    TOPIC
}
