package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
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
    /** Customers per query of {@link #rowsOf}: below 1,000, where MariaDB turns an IN list into a table. */
    private static final int CHUNK = 500;

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

    @Override
    public List<IdentityRow> candidates(Map<IdentityKind, String> canonicalValues, int limit) {
        if (canonicalValues.isEmpty()) {
            return List.of();
        }
        return sessions.read(s -> {
            IdentityMapper mapper = s.getMapper(IdentityMapper.class);
            List<String> keys = mapper.candidateKeys(canonicalValues, limit);
            return keys.isEmpty() ? List.<IdentityRow>of() : mapper.rowsOf(keys);
        });
    }
}
