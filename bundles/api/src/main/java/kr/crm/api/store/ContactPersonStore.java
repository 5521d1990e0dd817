package kr.crm.api.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.customer.ContactPerson;
import org.osgi.annotation.versioning.ProviderType;

/** Storage of contact persons. Each method is one transaction. */
@ProviderType
public interface ContactPersonStore {

    /** @return false if the key is already taken, true if stored */
    boolean insert(ContactPerson person, SearchKeys keys, String idempotencyKey);

    Optional<ContactPerson> findByKey(String key);

    /**
     * Inserts many contact persons in one transaction, all or nothing.
     *
     * @return false if a key or idempotency key is already taken (nothing is stored), true if stored
     * @since 2.2
     */
    default boolean insertAll(List<ContactPerson> persons, List<SearchKeys> keys, List<String> idempotencyKeys) {
        throw new UnsupportedOperationException("insertAll");
    }

    /**
     * The contact persons created with these idempotency keys, by idempotency key.
     *
     * @since 2.2
     */
    default Map<String, ContactPerson> findByIdempotencyKeys(Collection<String> idempotencyKeys) {
        throw new UnsupportedOperationException("findByIdempotencyKeys");
    }

    Optional<ContactPerson> findByIdempotencyKey(String idempotencyKey);

    /** @return true if written, false if the stored version differs or the row is gone */
    boolean update(ContactPerson person, SearchKeys keys, long expectedVersion);

    Page<ContactPerson> listForAccount(String accountKey, PageRequest page);

    /**
     * Deletes a contact person if it still has this version.
     *
     * @return true if deleted, false if the stored version differs or the row is gone
     * @since 2.2
     */
    default boolean delete(String key, long expectedVersion) {
        throw new UnsupportedOperationException("delete");
    }
}
