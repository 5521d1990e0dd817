package kr.crm.customer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.store.SearchKeys;

/**
 * One attempt at a bulk create: each draft becomes a customer under a fresh key, unless its
 * idempotency key already made one (earlier, or earlier in the same list).
 */
final class NewCustomers {
    private final Map<String, Customer> made;
    private final List<Customer> all = new ArrayList<>();
    private final List<Customer> fresh = new ArrayList<>();
    private final List<SearchKeys> freshKeys = new ArrayList<>();
    private final List<String> freshIdems = new ArrayList<>();

    NewCustomers(Map<String, Customer> madeBefore) {
        this.made = new HashMap<>(madeBefore);
    }

    void add(CustomerDraft draft, String idem, Supplier<String> newKey, Instant now,
            Function<CustomerDraft, SearchKeys> searchKeys) {
        Customer customer = idem == null ? null : made.get(idem);
        if (customer == null) {
            customer = Customer.of(newKey.get(), draft, 1, now, now);
            fresh.add(customer);
            freshKeys.add(searchKeys.apply(draft));
            freshIdems.add(idem);
            if (idem != null) {
                made.put(idem, customer);
            }
        }
        all.add(customer);
    }

    List<Customer> all() {
        return all;
    }

    List<Customer> fresh() {
        return fresh;
    }

    List<SearchKeys> freshKeys() {
        return freshKeys;
    }

    List<String> freshIdems() {
        return freshIdems;
    }
}
