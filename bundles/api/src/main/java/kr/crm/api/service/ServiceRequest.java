package kr.crm.api.service;

import java.time.Instant;

/**
 * A stored service request. Every change is kept as a {@link RequestChange}.
 *
 * @param id request id
 * @param accountKey the customer key
 * @param contactKey the contact person, if any
 * @param orderSource the order's source, if any
 * @param orderNo the order number, if any
 * @param orderLine the order line, if any
 * @param type the type code
 * @param channel how it came in
 * @param priority how urgent
 * @param subject short title
 * @param description what the customer needs
 * @param status where it stands
 * @param assignee who works on it
 * @param team its team
 * @param contactLogId the complaint of the contact log it was made from, if any
 * @param receivedAt when the customer asked; the SLA clock starts here
 * @param firstResponseDue first-response target (working hours of its type from {@code receivedAt})
 * @param resolutionDue resolution target
 * @param firstRespondedAt first staff reply or move to work on it, if any yet
 * @param resolvedAt when it was last resolved, null while open
 * @param slaState as the last SLA sweep found it
 * @param escalatedAt when it was escalated to its team lead (once), if it was
 * @param escalatedTo the user it was escalated to
 * @param createdBy who entered it ({@code portal} for the customer portal)
 * @param updatedBy who last changed it
 * @param version optimistic-concurrency version, 1 when created
 * @param createdAt when it was stored
 * @param updatedAt when it was last changed
 * @param waitingSince when its current wait for the customer began, null unless WAITING_FOR_CUSTOMER; the
 *        resolution clock is paused meanwhile and {@code resolutionDue} moves on by the working time waited when the
 *        wait ends (since 0.2)
 * @param topic the topic staff filed it under (a code of the configured topic list), null until classified
 *        (since 0.4)
 */
public record ServiceRequest(String id, String accountKey, String contactKey, String orderSource, String orderNo,
        Integer orderLine, String type, RequestChannel channel, RequestPriority priority, String subject,
        String description, RequestStatus status, String assignee, String team, String contactLogId,
        Instant receivedAt, Instant firstResponseDue, Instant resolutionDue, Instant firstRespondedAt,
        Instant resolvedAt, SlaState slaState, Instant escalatedAt, String escalatedTo, String createdBy,
        String updatedBy, long version, Instant createdAt, Instant updatedAt, Instant waitingSince,
        String topic) {
}
