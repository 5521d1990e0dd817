package kr.crm.identity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;

/**
 * The part of the identity index a batch can touch, in memory: the rows of every customer holding
 * one of the batch's values, plus the rows the batch adds as it goes, so that a party later in the
 * batch finds a customer made for an earlier one exactly as the database would have.
 */
final class BatchIndex {
    private final Map<String, List<IdentityRow>> rowsByCustomer = new HashMap<>();
    private final Map<IdentityKind, Map<String, Set<String>>> holders = new HashMap<>();
    private final Set<RowId> stored = new HashSet<>();

    /** Where a row is unique in the table. */
    record RowId(String customerKey, String source, IdentityKind kind, String entered) {
        static RowId of(IdentityRow r) {
            return new RowId(r.customerKey(), r.source(), r.kind(), r.entered());
        }
    }

    BatchIndex(List<IdentityRow> storedRows) {
        for (IdentityRow row : storedRows) {
            stored.add(RowId.of(row));
            add(row);
        }
    }

    boolean isStored(IdentityRow row) {
        return stored.contains(RowId.of(row));
    }

    /** The customers sharing one of the values, in key order, at most {@code limit}. */
    Set<String> candidates(Map<IdentityKind, String> values, int limit) {
        Set<String> keys = new TreeSet<>();
        values.forEach((kind, value) -> keys.addAll(holders.getOrDefault(kind, Map.of()).getOrDefault(value, Set.of())));
        if (keys.size() <= limit) {
            return keys;
        }
        return new TreeSet<>(new ArrayList<>(keys).subList(0, limit));
    }

    List<IdentityRow> rowsOf(String customerKey) {
        return rowsByCustomer.getOrDefault(customerKey, List.of());
    }

    void add(IdentityRow row) {
        rowsByCustomer.computeIfAbsent(row.customerKey(), k -> new ArrayList<>()).add(row);
        if (row.canonical() != null && row.kind() != IdentityKind.NAME) {
            holders.computeIfAbsent(row.kind(), k -> new HashMap<>())
                    .computeIfAbsent(row.canonical(), c -> new HashSet<>()).add(row.customerKey());
        }
    }
}
