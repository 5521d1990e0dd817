package kr.crm.api.contactlog;

import java.time.Instant;

/**
 * A stored contact-log entry. Edits keep history; deletes are soft.
 *
 * @param id entry id
 * @param author user name of who logged it
 * @param content what was logged
 * @param deleted true once deleted (by its author or an admin)
 * @param version optimistic-concurrency version
 * @param createdAt when it was logged
 * @param updatedAt when it was last edited
 */
public record ContactLogEntry(String id, String author, ContactLogDraft content, boolean deleted, long version,
        Instant createdAt, Instant updatedAt) {
}
