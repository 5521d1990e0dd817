package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;
import kr.crm.api.store.IdentityStore;
import kr.crm.api.store.SharedValue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = IdentityStore.class)
public final class MyBatisIdentityStore implements IdentityStore {
    /** "Seen again" is kept to the Korean day. */
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** Customers per query of {@link #rowsOf}: below 1,000, where MariaDB turns an IN list into a table. */
    private static final int CHUNK = 500;

    /** One fixed order of uk_identity's columns (customer_key, source, kind, entered), the same on every node. */
    private static final Comparator<IdentityRow> UNIQUE_KEY_ORDER = Comparator
            .comparing(IdentityRow::customerKey, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(IdentityRow::source, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.kind().name())
            .thenComparing(IdentityRow::entered, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));

    private final SqlSessions sessions;

    @Activate
    public MyBatisIdentityStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void record(List<IdentityRow> rows, Instant seen) {
        if (!rows.isEmpty()) {
            sessions.inTransaction(s -> s.getMapper(IdentityMapper.class).record(rows, seen));
        }
    }

    @Override
    public List<IdentityRow> holders(Map<IdentityKind, ? extends Collection<String>> canonicalValues) {
        Set<String> keys = new LinkedHashSet<>();
        for (Map.Entry<IdentityKind, ? extends Collection<String>> kind : canonicalValues.entrySet()) {
            for (List<String> chunk : Chunks.of(kind.getValue())) {
                keys.addAll(sessions.read(s -> s.getMapper(IdentityMapper.class)
                        .holderKeys(Map.of(kind.getKey(), chunk))));
            }
        }
        List<IdentityRow> rows = new ArrayList<>();
        for (List<String> chunk : Chunks.of(keys)) {
            rows.addAll(rowsOf(chunk));
        }
        return rows;
    }

    @Override
    public void recordBatch(List<IdentityRow> fresh, List<IdentityRow> known, Instant seen) {
        if (fresh.isEmpty() && known.isEmpty()) {
            return;
        }
        Instant dayStart = seen.atZone(SEOUL).toLocalDate().atStartOfDay(SEOUL).toInstant();
        sessions.inBatch(s -> {
            IdentityMapper mapper = s.getMapper(IdentityMapper.class);
            for (IdentityRow row : fresh) {
                mapper.insertIgnore(row, seen);
            }
            s.flushStatements();
            // in the unique key's order, so that two nodes touching the same rows lock them in the same order
            for (IdentityRow row : known.stream().sorted(UNIQUE_KEY_ORDER).toList()) {
                mapper.touch(row, seen, dayStart);
            }
            return s.flushStatements();
        });
    }

    @Override
    public List<IdentityRow> rowsOf(Collection<String> customerKeys) {
        if (customerKeys.isEmpty()) {
            return List.of();
        }
        if (customerKeys.size() <= CHUNK) {
            return sessions.read(s -> s.getMapper(IdentityMapper.class).rowsOf(customerKeys));
        }
        List<String> all = List.copyOf(new LinkedHashSet<>(customerKeys));
        List<IdentityRow> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            rows.addAll(sessions.read(s -> s.getMapper(IdentityMapper.class).rowsOf(chunk)));
        }
        return rows;
    }

    @Override
    public List<SharedValue> sharedValues(IdentityKind afterKind, String afterCanonical, int limit) {
        return sessions.read(s -> s.getMapper(IdentityMapper.class)
                .sharedValues(afterKind == null ? null : afterKind.name(), afterCanonical, limit)).stream()
                .map(r -> new SharedValue(IdentityKind.valueOf(String.valueOf(r.get("kind"))),
                        String.valueOf(r.get("canonical")),
                        java.util.Arrays.stream(String.valueOf(r.get("customer_keys")).split(",")).sorted().toList()))
                .toList();
    }
}
