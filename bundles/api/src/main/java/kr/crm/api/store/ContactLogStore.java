package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.contactlog.ComplaintStatus;
import kr.crm.api.contactlog.ContactLogDraft;
import kr.crm.api.contactlog.ContactLogEntry;
import kr.crm.api.contactlog.ContactLogRevision;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Storage of contact-log entries. Every change first copies the row as it was into the revisions, in the same
 * transaction, under a row lock.
 *
 * @since 2.2
 */
@ProviderType
public interface ContactLogStore {

    /**
     * Stores a new entry at version 1.
     *
     * @return its id, or empty if the idempotency key is taken (then {@link #findByIdempotencyKey})
     */
    Optional<Long> insert(ContactLogDraft draft, String completedTaskId, String author, String idempotencyKey,
            Instant at);

    Optional<ContactLogEntry> find(long id);

    Optional<ContactLogEntry> findByIdempotencyKey(String idempotencyKey);

    /** Whether an entry (deleted ones too) names this task as the one it completed. @since 2.14.0 */
    boolean claimsTask(String taskId);

    /** @return false if the entry is deleted or not at {@code expectedVersion} */
    boolean update(long id, long expectedVersion, ContactLogDraft draft, String byUser, Instant at);

    /** @return false if the entry is deleted or not at {@code expectedVersion} */
    boolean setStatus(long id, long expectedVersion, ComplaintStatus status, String byUser, Instant at);

    /** @return false if it was deleted already */
    boolean softDelete(long id, String byUser, Instant at);

    List<ContactLogRevision> revisions(long id);

    Page<ContactLogEntry> ofAccount(String accountKey, PageRequest page);

    List<ContactLogEntry> openComplaints(String accountKey);
}
