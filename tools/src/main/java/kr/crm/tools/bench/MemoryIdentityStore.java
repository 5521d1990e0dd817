package kr.crm.tools.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;
import kr.crm.api.store.IdentityStore;

/** The identity index in memory, answering as the MariaDB store does (same candidate rule). */
final class MemoryIdentityStore implements IdentityStore {
    private final Map<String, List<IdentityRow>> rowsByCustomer = new HashMap<>();
    private final Map<String, Set<String>> customersByValue = new HashMap<>();
    private final Set<IdentityRow> known = new HashSet<>();

    @Override
    public void record(List<IdentityRow> rows, Instant seen) {
        for (IdentityRow row : rows) {
            if (known.add(new IdentityRow(row.customerKey(), row.source(), row.kind(), row.entered(), null, false))) {
                rowsByCustomer.computeIfAbsent(row.customerKey(), k -> new ArrayList<>()).add(row);
                if (row.canonical() != null) {
                    customersByValue.computeIfAbsent(row.kind() + ":" + row.canonical(), k -> new LinkedHashSet<>())
                            .add(row.customerKey());
                }
            }
        }
    }

    @Override
    public List<IdentityRow> rowsOf(java.util.Collection<String> customerKeys) {
        List<IdentityRow> rows = new ArrayList<>();
        customerKeys.forEach(k -> rows.addAll(rowsByCustomer.getOrDefault(k, List.of())));
        return rows;
    }

    @Override
    public List<kr.crm.api.store.SharedValue> sharedValues(IdentityKind afterKind, String afterCanonical, int limit) {
        throw new UnsupportedOperationException("compaction is benchmarked against MariaDB");
    }

    @Override
    public List<IdentityRow> holders(Map<IdentityKind, ? extends java.util.Collection<String>> values) {
        Set<String> keys = new LinkedHashSet<>();
        values.forEach((kind, canonicals) -> canonicals.forEach(
                v -> keys.addAll(customersByValue.getOrDefault(kind + ":" + v, Set.of()))));
        return rowsOf(keys);
    }

    @Override
    public void recordBatch(List<IdentityRow> fresh, List<IdentityRow> known, Instant seen) {
        record(fresh, seen);
    }
}
