package kr.crm.api.service;

import java.time.OffsetDateTime;

/**
 * A service request as staff enter it.
 *
 * @param accountKey the customer key (a company or a person; a merged key resolves to its survivor), required
 * @param contactKey the contact person who asked, if any; must belong to the customer
 * @param orderSource with {@code orderNo}: the sales order it concerns, if any; must be the customer's
 * @param orderNo the order number in that source
 * @param orderLine a line number of that order, if the request concerns one line
 * @param type a code of the configured types (e.g. {@code COMPLAINT}, {@code REPAIR}), required
 * @param channel how it came in; {@link RequestChannel#REP} if null
 * @param priority {@link RequestPriority#NORMAL} if null
 * @param subject a short title, required, at most 200 characters
 * @param description what the customer needs, required, at most 4,000 characters
 * @param assignee user name of who works on it, if already known
 * @param team the team it belongs to, if any
 * @param receivedAt when the customer asked (a call taken earlier); now if null, never in the future
 */
public record ServiceRequestDraft(String accountKey, String contactKey, String orderSource, String orderNo,
        Integer orderLine, String type, RequestChannel channel, RequestPriority priority, String subject,
        String description, String assignee, String team, OffsetDateTime receivedAt) {
}
