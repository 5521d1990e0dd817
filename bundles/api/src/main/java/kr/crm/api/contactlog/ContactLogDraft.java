package kr.crm.api.contactlog;

import java.time.OffsetDateTime;
import kr.crm.api.task.TaskOutcome;

/**
 * What a rep logs about a contact with an account.
 *
 * @param accountKey the account (a merged key resolves to its survivor)
 * @param contactKey the contact person (담당자), if any; must belong to the account
 * @param type kind of contact
 * @param occurredAt when it happened (an event plan may lie ahead); now if null
 * @param summary what was said or done, required
 * @param outcome the result
 * @param nextStep what comes next
 * @param attachmentUrl an optional link (http or https) to a document kept elsewhere
 * @param complaintStatus complaints only: open (the default), in progress or resolved
 * @param completesTaskId an open task of the same account that this entry completes, if any
 * @param taskOutcome how that task went; {@link TaskOutcome#DONE} if null
 */
public record ContactLogDraft(String accountKey, String contactKey, ContactType type, OffsetDateTime occurredAt,
        String summary, String outcome, String nextStep, String attachmentUrl, ComplaintStatus complaintStatus,
        String completesTaskId, TaskOutcome taskOutcome) {
}
