package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.GradeBand;
import kr.crm.api.grade.GradeChange;
import kr.crm.api.grade.GradeOverride;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.store.GradeStore;
import kr.crm.api.store.GradeWrite;
import kr.crm.api.store.StoredGrade;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Grading policies, account grades, overrides and history over GradeMapper.xml. Grade writes are
 * conditional on the row the writer read, so two runs racing each other write a change once.
 */
@Component(service = GradeStore.class)
public final class MyBatisGradeStore implements GradeStore {
    /** Grade writes per transaction. */
    static final int CHUNK = 500;

    private final SqlSessions sessions;

    @Activate
    public MyBatisGradeStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public GradingPolicy policy() {
        return sessions.read(s -> {
            GradeMapper m = s.getMapper(GradeMapper.class);
            Map<String, Object> row = m.latestPolicy();
            long version = GradeRows.number(row.get("version"));
            List<GradeBand> bands = m.bands(version).stream()
                    .map(b -> new GradeBand(GradeRows.grade(b.get("grade")), GradeRows.decimal(b.get("minRevenue")),
                            (int) GradeRows.number(b.get("minOrders")), (int) GradeRows.number(b.get("minRfm"))))
                    .sorted(Comparator.comparing(GradeBand::grade)).toList();
            return new GradingPolicy(version, (int) GradeRows.number(row.get("windowMonths")),
                    GradeRows.number(row.get("noOrdersIsD")) == 1, bands, (String) row.get("createdBy"),
                    GradeRows.instant(row.get("createdAt")));
        });
    }

    @Override
    public boolean savePolicy(GradingPolicy policy) {
        try {
            return sessions.inTransaction(s -> {
                GradeMapper m = s.getMapper(GradeMapper.class);
                m.insertPolicy(policy);
                policy.bands().forEach(b -> m.insertBand(policy.version(), b));
                return true;
            });
        } catch (PersistenceException e) {
            if (Duplicates.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<AccountMeasures> measures(Instant since, Collection<String> accountKeys) {
        if (accountKeys != null && accountKeys.isEmpty()) {
            return List.of();
        }
        return sessions.read(s -> s.getMapper(GradeMapper.class).measures(since, accountKeys)).stream()
                .map(GradeRows::measures).toList();
    }

    @Override
    public Map<String, StoredGrade> grades(Collection<String> accountKeys) {
        if (accountKeys != null && accountKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, StoredGrade> grades = new LinkedHashMap<>();
        sessions.read(s -> s.getMapper(GradeMapper.class).grades(accountKeys))
                .forEach(row -> {
                    StoredGrade g = GradeRows.stored(row);
                    grades.put(g.accountKey(), g);
                });
        return grades;
    }

    @Override
    public List<String> accounts(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return sessions.read(s -> s.getMapper(GradeMapper.class).accounts(keys));
    }

    @Override
    public List<GradeWrite> write(List<GradeWrite> unordered) {
        // one lock order for every run, so that two runs racing each other wait instead of deadlocking
        List<GradeWrite> writes = unordered.stream().sorted(Comparator.comparing(GradeWrite::accountKey)).toList();
        List<GradeWrite> written = new ArrayList<>();
        for (int from = 0; from < writes.size(); from += CHUNK) {
            List<GradeWrite> chunk = writes.subList(from, Math.min(writes.size(), from + CHUNK));
            written.addAll(sessions.inTransaction(s -> {
                GradeMapper m = s.getMapper(GradeMapper.class);
                List<GradeWrite> done = new ArrayList<>();
                for (GradeWrite w : chunk) {
                    int rows = w.expectedGrade() == null ? m.insertGrade(w) : m.updateGrade(w);
                    if (rows == 1) {
                        done.add(w);
                        if (w.change() != null) {
                            m.insertChange(w.change());
                        }
                    }
                }
                return done;
            }));
        }
        return written;
    }

    @Override
    public List<GradeChange> history(String accountKey) {
        return sessions.read(s -> s.getMapper(GradeMapper.class).history(accountKey)).stream()
                .map(GradeRows::change).toList();
    }

    @Override
    public void saveOverride(String accountKey, GradeOverride override) {
        sessions.inTransaction(s -> s.getMapper(GradeMapper.class).upsertOverride(accountKey, override));
    }

    @Override
    public boolean deleteOverride(String accountKey) {
        return sessions.inTransaction(s -> s.getMapper(GradeMapper.class).deleteOverride(accountKey)) > 0;
    }

    @Override
    public List<String> removeExpiredOverrides(LocalDate today) {
        return sessions.inTransaction(s -> {
            GradeMapper m = s.getMapper(GradeMapper.class);
            List<String> keys = new ArrayList<>(m.expiredOverrides(today));
            if (!keys.isEmpty()) {
                m.deleteExpiredOverrides(keys, today);
            }
            return keys;
        });
    }
}
