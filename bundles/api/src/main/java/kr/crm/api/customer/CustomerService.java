package kr.crm.api.customer;

import java.util.List;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.security.AccountScope;
import org.osgi.annotation.versioning.ProviderType;

/** The customer master: create, read, update and search customers. */
@ProviderType
public interface CustomerService {

    /**
     * Creates a customer with a newly generated key.
     *
     * @param draft the validated fields
     * @param idempotencyKey optional caller-chosen id of this create; a repeated create with the
     *     same id returns the customer the first one made instead of making a second
     * @throws ValidationException naming the first invalid field
     */
    Customer create(CustomerDraft draft, String idempotencyKey);

    /**
     * Creates many customers in one transaction, each as {@link #create} would (a known
     * idempotency key returns the customer its first create made), except that their values are
     * not indexed under the customer master's own source: a bulk caller (the identity resolver)
     * indexes what its channel said, which is the same values. All or nothing.
     *
     * @param idempotencyKeys one per draft, each may be null
     * @return the customers, in input order
     * @throws ValidationException naming the first invalid field as {@code [index].field}; nothing is stored
     * @since 1.1
     */
    List<Customer> createAll(List<CustomerDraft> drafts, List<String> idempotencyKeys);

    /** The customer with this key, if any. */
    Optional<Customer> find(String key);

    /**
     * Replaces every field of a customer.
     *
     * @param expectedVersion the version the caller read
     * @throws StaleVersionException if the stored version differs; nothing is changed
     * @throws NotFoundException if there is no such customer
     * @throws ValidationException naming the first invalid field
     */
    Customer update(String key, long expectedVersion, CustomerDraft draft);

    /** Customers matching every given criterion, ordered by name then key. */
    Page<Customer> search(CustomerQuery query);

    /**
     * As {@link #search(CustomerQuery)}, holding only customers {@code scope} lets through (the total too).
     *
     * @since 1.3
     */
    default Page<Customer> search(CustomerQuery query, AccountScope scope) {
        if (scope.all()) {
            return search(query);
        }
        throw new UnsupportedOperationException("scoped search");
    }
}
