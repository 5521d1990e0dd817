package kr.crm.api.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerQuery;
import kr.crm.api.security.AccountScope;
import org.osgi.annotation.versioning.ProviderType;

/** Storage of customers. Each method is one transaction. */
@ProviderType
public interface CustomerStore {

    /**
     * Inserts a new customer.
     *
     * @return false if the key is already taken (the caller draws another), true if stored
     */
    boolean insert(Customer customer, SearchKeys keys, String idempotencyKey);

    /**
     * Inserts new customers in one transaction; all or nothing.
     *
     * @param keys search keys, one per customer
     * @param idempotencyKeys one per customer, each may be null
     * @return false if a key or idempotency key is already taken (nothing is stored), true if all stored
     * @since 2.0
     */
    boolean insertAll(List<Customer> customers, List<SearchKeys> keys, List<String> idempotencyKeys);

    /** The customers some of these idempotency keys made, by idempotency key. @since 2.0 */
    Map<String, Customer> findByIdempotencyKeys(Collection<String> idempotencyKeys);

    Optional<Customer> findByKey(String key);

    /**
     * The customers under these keys, each as {@link #findByKey} finds it (a merged key gives the
     * customer it was merged into), by the key asked for; keys of no customer are left out. A few
     * queries for any number of keys, so that batch work does not ask once per key.
     */
    Map<String, Customer> findByKeys(Collection<String> keys);

    Optional<Customer> findByIdempotencyKey(String idempotencyKey);

    /**
     * Writes {@code customer} (whose version is already {@code expectedVersion + 1}) only if the
     * stored version is still {@code expectedVersion}.
     *
     * @return true if written, false if the stored version differs or the row is gone
     */
    boolean update(Customer customer, SearchKeys keys, long expectedVersion);

    /**
     * Searches by already-normalised criteria: {@code text} is a normalised name fragment,
     * {@code phone} and {@code email} are search keys as in {@link SearchKeys}.
     */
    Page<Customer> search(CustomerQuery normalisedQuery);

    /**
     * As {@link #search(CustomerQuery)}, holding only customers {@code scope} lets through (the total too).
     *
     * @since 2.8
     */
    default Page<Customer> search(CustomerQuery normalisedQuery, AccountScope scope) {
        if (scope.all()) {
            return search(normalisedQuery);
        }
        throw new UnsupportedOperationException("scoped search");
    }
}
