package kr.crm.api.customer;

import java.util.List;
import java.util.Optional;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/** Contact persons (담당자) of accounts. */
@ProviderType
public interface ContactPersonService {

    /**
     * Adds a contact person to an account.
     *
     * @throws NotFoundException if the account does not exist
     * @throws ValidationException if the account is a person, or a field is invalid
     */
    ContactPerson create(String accountKey, ContactPersonDraft draft, String idempotencyKey);

    /**
     * Adds many contact persons in one transaction, each as {@link #create} would (a known
     * idempotency key returns the contact its first create made). All or nothing.
     *
     * @param accountKeys one per draft
     * @param idempotencyKeys one per draft, each may be null
     * @return the contact persons, in input order
     * @throws ValidationException naming the first invalid field as {@code [index].field}; nothing is stored
     * @throws NotFoundException if an account does not exist; nothing is stored
     * @since 1.2
     */
    default List<ContactPerson> createAll(List<String> accountKeys, List<ContactPersonDraft> drafts,
            List<String> idempotencyKeys) {
        List<ContactPerson> made = new java.util.ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            made.add(create(accountKeys.get(i), drafts.get(i), idempotencyKeys.get(i)));
        }
        return made;
    }

    /** The contact person with this key, if any. */
    Optional<ContactPerson> find(String key);

    /**
     * Replaces every field of a contact person.
     *
     * @throws StaleVersionException if the stored version differs; nothing is changed
     */
    ContactPerson update(String key, long expectedVersion, ContactPersonDraft draft);

    /** The contact persons of one account, ordered by name. */
    Page<ContactPerson> listForAccount(String accountKey, PageRequest page);

    /**
     * Deletes a contact person, e.g. because it was deleted in a synchronised address book.
     *
     * @throws NotFoundException if there is no such contact person
     * @throws StaleVersionException if the stored version differs; nothing is deleted
     * @since 1.2
     */
    default void delete(String key, long expectedVersion) {
        throw new UnsupportedOperationException("delete");
    }
}
