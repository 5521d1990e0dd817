package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.GradeBand;
import kr.crm.api.grade.GradeChange;
import kr.crm.api.grade.GradeOverride;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.grade.LtvParameters;
import kr.crm.api.grade.RfmCuts;
import kr.crm.api.store.GradeStore;
import kr.crm.api.store.GradeWrite;
import kr.crm.api.store.StoredGrade;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
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
    static final int CHUNK = 1000;

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
                            (int) GradeRows.number(b.get("minOrders")), (int) GradeRows.number(b.get("minRfm")),
                            GradeRows.decimalOrNull(b.get("minMargin")), GradeRows.decimalOrNull(b.get("minLtv"))))
                    .sorted(Comparator.comparing(GradeBand::grade)).toList();
            LtvParameters ltv = new LtvParameters(GradeRows.decimal(row.get("retentionRate")),
                    GradeRows.decimal(row.get("discountRate")), GradeRows.decimal(row.get("defaultMarginRate")));
            return new GradingPolicy(version, (int) GradeRows.number(row.get("windowMonths")),
                    GradeRows.number(row.get("noOrdersIsD")) == 1, bands, ltv,
                    GradeRows.number(row.get("openComplaintNotS")) == 1, (String) row.get("createdBy"),
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
        Map<String, Object> params = new HashMap<>();
        params.put("since", since);
        params.put("keys", accountKeys);
        List<AccountMeasures> measures = new ArrayList<>();
        each(accountKeys == null ? "measures" : "measuresOf", params, row -> measures.add(GradeRows.measures(row)));
        return measures;
    }

    @Override
    public Map<String, StoredGrade> gradeStates(Collection<String> accountKeys) {
        if (accountKeys != null && accountKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("keys", accountKeys);
        Map<String, StoredGrade> grades = new HashMap<>();
        each("gradeStates", params, row -> {
            StoredGrade g = GradeRows.stored(row);
            grades.put(g.accountKey(), g);
        });
        return grades;
    }

    /** Hands each row of a GradeMapper select to {@code row} as it is read, keeping none (100,000 rows a run). */
    @SuppressWarnings("unchecked")
    private void each(String select, Map<String, Object> params, Consumer<Map<String, Object>> row) {
        sessions.read(s -> {
            s.select(GradeMapper.class.getName() + "." + select, params,
                    context -> row.accept((Map<String, Object>) context.getResultObject()));
            return null;
        });
    }

    @Override
    public Optional<RfmCuts> rfmCuts() {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(GradeMapper.class).rfmCuts()))
                .map(GradeRows::cuts);
    }

    @Override
    public void saveRfmCuts(RfmCuts cuts) {
        sessions.inTransaction(s -> s.getMapper(GradeMapper.class).saveRfmCuts(cuts));
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
            List<GradeWrite> done;
            try {
                done = sessions.inBatch(s -> writeChunk(s, chunk));
            } catch (PersistenceException e) {
                if (!Duplicates.isDuplicateKey(e)) {
                    throw e;
                }
                // another run gave one of these accounts its first grade first: row by row, each conditional
                done = sessions.inTransaction(s -> writeOneByOne(s.getMapper(GradeMapper.class), chunk));
            }
            written.addAll(done);
        }
        return written;
    }

    /**
     * A chunk as three JDBC batches (the driver's bulk protocol): lock the rows it expects to exist
     * and keep the writes whose row still holds the grades the run read; insert the first grades
     * (a duplicate key, another run having been first, rolls the chunk back); update the changed
     * ones; add the history entries.
     */
    private static List<GradeWrite> writeChunk(SqlSession s, List<GradeWrite> chunk) {
        GradeMapper m = s.getMapper(GradeMapper.class);
        List<String> existing = chunk.stream().filter(w -> w.expectedGrade() != null).map(GradeWrite::accountKey)
                .toList();
        Map<String, Map<String, Object>> locked = new HashMap<>();
        if (!existing.isEmpty()) {
            m.lockGrades(existing).forEach(row -> locked.put((String) row.get("accountKey"), row));
        }
        List<GradeWrite> done = new ArrayList<>();
        for (GradeWrite w : chunk) {
            if (w.expectedGrade() == null) {
                m.insertFirstGrade(w);
                done.add(w);
            }
        }
        for (GradeWrite w : chunk) {
            if (w.expectedGrade() != null && stillHolds(locked.get(w.accountKey()), w)) {
                m.replaceGrade(w);
                done.add(w);
            }
        }
        for (GradeWrite w : done) {
            if (w.change() != null) {
                m.insertChange(w.change());
            }
        }
        s.flushStatements();
        return done;
    }

    private static boolean stillHolds(Map<String, Object> row, GradeWrite w) {
        return row != null && w.expectedGrade() == GradeRows.grade(row.get("grade"))
                && w.expectedComputed() == GradeRows.grade(row.get("computed"));
    }

    /** The chunk row by row, each write conditional on its row: the path when runs race for first grades. */
    private static List<GradeWrite> writeOneByOne(GradeMapper m, List<GradeWrite> chunk) {
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
