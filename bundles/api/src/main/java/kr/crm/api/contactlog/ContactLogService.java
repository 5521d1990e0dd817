package kr.crm.api.contactlog;

import java.util.List;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.security.CrmUser;
import org.osgi.annotation.versioning.ProviderType;

/** The contact log (접촉이력) of accounts, with complaints (불편사항) and their status. */
@ProviderType
public interface ContactLogService {

    /**
     * Logs an entry by {@code author}; with {@code completesTaskId} the task is completed first (through the
     * task service), so a refused completion logs nothing.
     *
     * @param idempotencyKey optional caller-chosen id; repeating it returns the first entry
     */
    ContactLogEntry log(ContactLogDraft draft, String idempotencyKey, CrmUser author);

    /** Replaces an entry's content, keeping the previous one as a revision; author or admin only. */
    ContactLogEntry edit(String id, long expectedVersion, ContactLogDraft draft, CrmUser by);

    /** Moves a complaint to another status; any rep or admin (complaints are handled by others than who logged them). */
    ContactLogEntry setComplaintStatus(String id, long expectedVersion, ComplaintStatus status, CrmUser by);

    /** Soft-deletes an entry; author or admin only. */
    void delete(String id, CrmUser by);

    ContactLogEntry find(String id);

    /** Earlier versions, newest first. */
    List<ContactLogRevision> historyOf(String id);

    /** An account's entries, newest first, without deleted ones. */
    Page<ContactLogEntry> entriesOf(String accountKey, PageRequest page);

    /** An account's complaints that are not resolved, oldest first. */
    List<ContactLogEntry> openComplaintsOf(String accountKey);
}
