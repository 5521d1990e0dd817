package kr.crm.consent.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.Merge;
import kr.crm.api.identity.MergeService;

/**
 * Finds the subject of a key: a merged customer key answers for its survivor, whose records include those of every
 * key merged into it while the merge stands. Nothing moves on merge, so an undo gives each key its records back.
 */
final class Subjects {
    private static final int MAX_KEYS = 100;
    private final CustomerService customers;
    private final ContactPersonService contacts;
    private final MergeService merges;

    Subjects(CustomerService customers, ContactPersonService contacts, MergeService merges) {
        this.customers = customers;
        this.contacts = contacts;
        this.merges = merges;
    }

    Subject of(String field, String key) {
        if (key == null || key.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        String k = key.strip();
        if (k.length() > 40) {
            throw new ValidationException(field, "is no customer or contact person key");
        }
        Optional<Customer> customer = customers.find(k);
        if (customer.isPresent()) {
            Customer c = customer.get();
            return new Subject(c.key(), keysOf(c.key()), true, c.email(), c.phone());
        }
        ContactPerson p = contacts.find(k).orElseThrow(() -> new NotFoundException("customer or contact person " + k));
        return new Subject(p.key(), List.of(p.key()), false, p.email(), p.mobile() != null ? p.mobile() : p.phone());
    }

    private List<String> keysOf(String survivor) {
        Set<String> keys = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(survivor));
        while (!todo.isEmpty() && keys.size() < MAX_KEYS) {
            String k = todo.pop();
            if (keys.add(k)) {
                for (Merge m : merges.mergesOf(k)) {
                    if (m.undoneAt() == null && m.survivorKey().equals(k)) {
                        todo.add(m.mergedKey());
                    }
                }
            }
        }
        return new ArrayList<>(keys);
    }
}
