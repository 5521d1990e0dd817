package kr.crm.api.privacy;

import java.time.Instant;

/**
 * A data-subject request: a service request of type {@code DATA_SUBJECT} (its status flow, assignee and history)
 * with the right exercised and the legal due date.
 *
 * @param requestId the service request's id
 * @param customerKey the person (customer or contact-person key)
 * @param right the right exercised
 * @param status the service request's status
 * @param receivedAt when the person asked
 * @param legalDueAt the end of the 10th day after {@code receivedAt}, Korean time (시행령 제41조, 민법 제157조)
 * @param overdue true if not carried out and past {@code legalDueAt}
 * @param gatheredAt when the person's data was last gathered for this case, if it was
 * @param executedAt when the right was carried out (erasure, restriction, or the case closed for the others)
 * @param executedBy who carried it out
 * @param outcome what was done and what was kept, and why
 * @param liftedAt when a carried-out restriction was lifted at the person's request (the reason is a note on the
 *     case), if it was
 * @param liftedBy who lifted it
 */
public record DataSubjectCase(String requestId, String customerKey, SubjectRight right, String status,
        Instant receivedAt, Instant legalDueAt, boolean overdue, Instant gatheredAt, Instant executedAt,
        String executedBy, String outcome, Instant liftedAt, String liftedBy) {
}
