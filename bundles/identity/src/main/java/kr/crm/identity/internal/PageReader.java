package kr.crm.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.crm.api.customer.Customer;
import kr.crm.api.store.CustomerStore;
import kr.crm.api.store.IdentityRow;
import kr.crm.api.store.IdentityStore;
import kr.crm.api.store.SharedValue;

/** Reads what the compaction decides a page on: the holders of its values and their index rows, a few queries a page. */
final class PageReader {
    private final IdentityStore index;
    private final CustomerStore customers;

    PageReader(IdentityStore index, CustomerStore customers) {
        this.index = index;
        this.customers = customers;
    }

    /** The next page after {@code kind}/{@code canonical} (null: from the start), with its holders. */
    PageRead next(kr.crm.api.store.IdentityKind kind, String canonical, int size) {
        return read(index.sharedValues(kind, canonical, size));
    }

    /** Reads the holders of these values and their index rows. */
    PageRead read(List<SharedValue> values) {
        Set<String> keys = new LinkedHashSet<>();
        values.forEach(v -> keys.addAll(v.customerKeys()));
        Map<String, Customer> found = keys.isEmpty() ? new HashMap<>() : new HashMap<>(customers.findByKeys(keys));
        return new PageRead(values, found, rowsOf(found.values()));
    }

    private Map<String, List<IdentityRow>> rowsOf(Collection<Customer> holders) {
        Map<String, List<IdentityRow>> rows = new HashMap<>();
        Set<String> keys = new HashSet<>();
        holders.forEach(c -> keys.add(c.key()));
        for (IdentityRow row : index.rowsOf(keys)) {
            rows.computeIfAbsent(row.customerKey(), k -> new ArrayList<>()).add(row);
        }
        return rows;
    }

    /**
     * The page as it is after the merges of the page before: holders that those merges touched
     * (either side) are read again, with their index rows; nothing else can have been changed by them.
     */
    PageRead refreshed(PageRead page, Set<String> touched) {
        if (touched.isEmpty()) {
            return page;
        }
        Set<String> stale = new HashSet<>();
        page.found().forEach((key, c) -> {
            if (touched.contains(key) || touched.contains(c.key())) {
                stale.add(key);
            }
        });
        if (stale.isEmpty()) {
            return page;
        }
        Map<String, Customer> found = new HashMap<>(page.found());
        stale.forEach(found::remove);
        Map<String, Customer> fresh = customers.findByKeys(stale);
        found.putAll(fresh);
        Map<String, List<IdentityRow>> rows = new HashMap<>(page.rows());
        touched.forEach(rows::remove);
        fresh.values().forEach(c -> rows.remove(c.key()));
        rows.putAll(rowsOf(fresh.values()));
        return new PageRead(page.values(), found, rows);
    }
}
