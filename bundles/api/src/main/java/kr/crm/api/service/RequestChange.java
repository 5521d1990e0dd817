package kr.crm.api.service;

import java.time.Instant;

/**
 * One entry of a request's history.
 *
 * @param kind what changed
 * @param fromStatus the status before (status changes), else null
 * @param toStatus the status after (status changes), else null
 * @param comment what was said: the reason of a move, a reply, a note, the customer's words; for a TOPIC entry the new
 *        topic code (null when it was cleared)
 * @param visibleToCustomer true if the customer sees it through the portal link
 * @param by user name, {@code customer} for the customer, {@code sla-sweep} for the sweep
 * @param at when
 */
public record RequestChange(ChangeKind kind, RequestStatus fromStatus, RequestStatus toStatus, String comment,
        boolean visibleToCustomer, String by, Instant at) {
}
