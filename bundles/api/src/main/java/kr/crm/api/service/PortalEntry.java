package kr.crm.api.service;

import java.time.Instant;

/**
 * One line of the history the customer sees: status changes, staff replies and the customer's own messages.
 *
 * @param kind CREATED, STATUS, REPLY or CUSTOMER
 * @param status the status after a status change, else null
 * @param text the reply, the customer's message or the reason of a status change
 * @param fromCustomer true for the customer's own messages
 * @param at when
 */
public record PortalEntry(ChangeKind kind, RequestStatus status, String text, boolean fromCustomer, Instant at) {
}
