package kr.crm.tools.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerQuery;
import kr.crm.api.customer.CustomerService;

/** Just enough of a customer master for the resolver: creates keys, honouring idempotency keys. */
final class MemoryCustomers implements CustomerService {
    private final Map<String, Customer> byIdempotencyKey = new HashMap<>();
    private long next;

    @Override
    public Customer create(CustomerDraft draft, String idempotencyKey) {
        return byIdempotencyKey.computeIfAbsent(idempotencyKey,
                k -> Customer.of("C" + (++next), draft, 1, null, null));
    }

    @Override
    public java.util.List<Customer> createAll(java.util.List<CustomerDraft> drafts, java.util.List<String> idems) {
        java.util.List<Customer> made = new java.util.ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            made.add(create(drafts.get(i), idems.get(i)));
        }
        return made;
    }

    @Override
    public Optional<Customer> find(String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Customer update(String key, long expectedVersion, CustomerDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Customer> search(CustomerQuery query) {
        throw new UnsupportedOperationException();
    }
}
