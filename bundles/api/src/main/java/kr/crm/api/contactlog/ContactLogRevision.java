package kr.crm.api.contactlog;

import java.time.Instant;

/**
 * An entry as it was before a change: what an edit, a status change or a delete replaced.
 *
 * @param entry the entry at that version
 * @param changedBy who made the change that replaced it
 * @param changedAt when
 */
public record ContactLogRevision(ContactLogEntry entry, String changedBy, Instant changedAt) {
}
