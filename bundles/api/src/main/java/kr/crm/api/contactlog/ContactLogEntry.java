package kr.crm.api.contactlog;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A stored contact-log entry. Edits keep the previous content as {@link ContactLogRevision}s; deletes are soft.
 *
 * @param id entry id
 * @param accountKey the account
 * @param contactKey the contact person, if any
 * @param type kind of contact
 * @param occurredAt when it happened
 * @param summary what was said or done
 * @param outcome the result
 * @param nextStep what comes next
 * @param attachmentUrl link to a document, if any
 * @param complaintStatus for complaints their status, else null
 * @param completedTaskId the task this entry completed, if any
 * @param author user name of who logged it
 * @param updatedBy who last changed it
 * @param deleted true once deleted (by its author or an admin)
 * @param version optimistic-concurrency version, 1 when logged
 * @param createdAt when it was logged
 * @param updatedAt when it was last changed
 */
public record ContactLogEntry(String id, String accountKey, String contactKey, ContactType type,
        OffsetDateTime occurredAt, String summary, String outcome, String nextStep, String attachmentUrl,
        ComplaintStatus complaintStatus, String completedTaskId, String author, String updatedBy, boolean deleted,
        long version, Instant createdAt, Instant updatedAt) {
}
