package kr.crm.api.contactlog;

import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The contact log of accounts. */
@ProviderType
public interface ContactLogService {

    ContactLogEntry log(ContactLogDraft draft, String author);

    /** Edits an entry, keeping the previous content in its history; author or admin only. */
    ContactLogEntry edit(String id, long expectedVersion, ContactLogDraft draft, String byUser);

    /** Soft-deletes an entry; author or admin only. */
    void delete(String id, String byUser);

    /** An account's entries, newest first, without deleted ones. */
    Page<ContactLogEntry> entriesOf(String accountKey, PageRequest page);
}
