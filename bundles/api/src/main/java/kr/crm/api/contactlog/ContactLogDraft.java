package kr.crm.api.contactlog;

import java.time.OffsetDateTime;

/**
 * What a rep logs.
 *
 * @param accountKey the account
 * @param contactKey the contact person, if any
 * @param type kind of contact
 * @param occurredAt when it happened
 * @param summary what was said or done
 * @param outcome the result
 * @param nextStep what comes next
 * @param complaintStatus for complaints: open, in progress or resolved
 * @param completesTaskId a task this entry completes, if any
 */
public record ContactLogDraft(String accountKey, String contactKey, ContactType type, OffsetDateTime occurredAt,
        String summary, String outcome, String nextStep, ComplaintStatus complaintStatus, String completesTaskId) {
}
