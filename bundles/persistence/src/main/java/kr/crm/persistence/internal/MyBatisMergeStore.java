package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import kr.crm.api.identity.Merge;
import kr.crm.api.identity.SourcedValue;
import kr.crm.api.store.MergeStore;
import kr.crm.api.store.MergeStore.Planned;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = MergeStore.class)
public final class MyBatisMergeStore implements MergeStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisMergeStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Merge> merge(String survivor, String merged, String reason, String byUser, Instant at) {
        return sessions.inTransaction(s -> {
            MergeMapper m = s.getMapper(MergeMapper.class);
            Long id = new MergeBatch(m).run(List.of(new Planned(survivor, merged, reason)), byUser, at).get(0);
            // the row as just written (TIMESTAMP(3) keeps milliseconds): no need to read it back
            return id == null ? Optional.<Merge>empty() : Optional.of(merge(m, new MergeRow(id, survivor, merged,
                    reason, byUser, at.truncatedTo(ChronoUnit.MILLIS), null, null)));
        });
    }

    /** The whole batch in one transaction (decision 77). */
    @Override
    public List<Boolean> mergeAll(List<Planned> batch, String byUser, Instant at) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return sessions.inTransaction(s -> new MergeBatch(s.getMapper(MergeMapper.class)).run(batch, byUser, at)
                .stream().map(Objects::nonNull).toList());
    }

    @Override
    public Optional<Merge> undo(long mergeId, String byUser, Instant at) {
        return sessions.inTransaction(s -> {
            MergeMapper m = s.getMapper(MergeMapper.class);
            MergeRow row = m.lockMerge(mergeId);
            if (row == null || row.undoneAt() != null) {
                return Optional.<Merge>empty();
            }
            m.lockCustomers(row.survivorKey(), row.mergedKey());
            m.moveOrders(row.survivorKey(), row.mergedKey(), mergeId);
            m.moveContacts(row.survivorKey(), row.mergedKey(), mergeId);
            m.moveIdentities(row.survivorKey(), row.mergedKey(), mergeId);
            m.moveAliases(row.survivorKey(), row.mergedKey(), mergeId);
            m.moveTasks(row.survivorKey(), row.mergedKey(), mergeId);
            m.moveContactLogs(row.survivorKey(), row.mergedKey(), mergeId);
            m.setListedTasks(mergeId, "CANCELLED", "OPEN", at);
            m.deleteAlias(row.mergedKey(), mergeId);
            m.markMerged(row.mergedKey(), null, at);
            m.markUndone(mergeId, byUser, at);
            return Optional.of(merge(m, m.findMerge(mergeId)));
        });
    }

    @Override
    public Optional<Merge> find(long mergeId) {
        return sessions.read(s -> {
            MergeMapper m = s.getMapper(MergeMapper.class);
            MergeRow row = m.findMerge(mergeId);
            return row == null ? Optional.<Merge>empty() : Optional.of(merge(m, row));
        });
    }

    @Override
    public List<Merge> mergesOf(String customerKey) {
        return sessions.read(s -> {
            MergeMapper m = s.getMapper(MergeMapper.class);
            return m.mergesOf(customerKey).stream().map(r -> merge(m, r)).toList();
        });
    }

    @Override
    public List<String> aliasesOf(String customerKey) {
        return sessions.read(s -> s.getMapper(MergeMapper.class).aliasesOf(customerKey));
    }

    @Override
    public List<SourcedValue> valuesOf(String customerKey) {
        return sessions.read(s -> s.getMapper(MergeMapper.class).valuesOf(customerKey));
    }

    private static Merge merge(MergeMapper m, MergeRow r) {
        Map<String, Integer> moved = new TreeMap<>();
        for (Map<String, Object> count : m.itemCounts(r.id())) {
            moved.put(String.valueOf(count.get("name")), ((Number) count.get("n")).intValue());
        }
        return new Merge(r.id(), r.survivorKey(), r.mergedKey(), r.reason(), r.mergedBy(), r.mergedAt(), r.undoneBy(),
                r.undoneAt(), moved);
    }
}
