package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kr.crm.api.audit.AccessAction;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.audit.LoggedAccess;
import kr.crm.api.audit.ReviewReport;
import kr.crm.api.store.AccessLogStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The access log over AccessLogMapper.xml. An append locks the single head row (SELECT … FOR UPDATE), so appends of
 * all nodes form one chain; the row, its subject index rows and the moved head commit together, sent after the
 * locks are taken as JDBC batches, one per statement.
 */
@Component(service = AccessLogStore.class)
public final class MyBatisAccessLogStore implements AccessLogStore {
    /** A journal file's finished mark outlives any copier that could still be waiting to copy it. */
    private static final int FINISHED_KEPT_DAYS = 90;
    private final SqlSessions sessions;

    @Activate
    public MyBatisAccessLogStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<LoggedAccess> appendAll(List<AccessEntry> entries, Chain chain) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return sessions.inBatchRetried(s -> {
            AccessLogMapper m = s.getMapper(AccessLogMapper.class);
            return append(m, head(m.lockHead()), entries, chain);
        });
    }

    @Override
    public boolean appendCopied(List<AccessEntry> entries, Chain chain, String journal, long from, long through) {
        return sessions.inBatchRetried(s -> {
            AccessLogMapper m = s.getMapper(AccessLogMapper.class);
            Head head = head(m.lockHead()); // first, as in every append: the same order of locks everywhere
            Long mark = m.lockJournal(journal);
            if ((mark == null ? 0 : mark) != from) {
                return false;
            }
            append(m, head, entries, chain);
            m.markJournal(journal, through);
            return true;
        });
    }

    @Override
    public long copiedThrough(String journal) {
        Long mark = sessions.read(s -> s.getMapper(AccessLogMapper.class).journal(journal));
        return mark == null ? 0 : mark;
    }

    @Override
    public void finishJournal(String journal) {
        sessions.inTransaction(s -> {
            AccessLogMapper m = s.getMapper(AccessLogMapper.class);
            m.markJournal(journal, FINISHED);
            return m.dropFinishedJournals(FINISHED_KEPT_DAYS);
        });
    }

    /** Under the head's lock: the entries as the next rows, and the head moved past them. */
    private static List<LoggedAccess> append(AccessLogMapper m, Head head, List<AccessEntry> entries, Chain chain) {
        long seq = head.seq();
        String previous = head.hash();
        List<LoggedAccess> rows = new ArrayList<>(entries.size());
        List<AccessLogMapper.LogRow> written = new ArrayList<>(entries.size());
        List<AccessLogMapper.Subject> subjects = new ArrayList<>();
        for (AccessEntry e : entries) {
            seq++;
            String hash = chain.hash(seq, previous, e);
            rows.add(new LoggedAccess(seq, e, hash));
            written.add(new AccessLogMapper.LogRow(seq, e.at().toEpochMilli(), e.user(), e.source(),
                    e.action().name(), String.join(",", e.customerKeys()), e.rows(), e.resource(), e.reason(),
                    previous, hash));
            for (String key : new LinkedHashSet<>(e.customerKeys())) {
                subjects.add(new AccessLogMapper.Subject(key, seq, e.at().toEpochMilli()));
            }
            previous = hash;
        }
        written.forEach(m::insertRow);
        subjects.forEach(m::insertSubject);
        m.moveHead(seq, previous);
        return rows;
    }

    @Override
    public Head head() {
        return head(sessions.read(s -> s.getMapper(AccessLogMapper.class).head()));
    }

    @Override
    public List<Row> range(long afterSeq, long untilSeq, int limit) {
        return sessions.read(s -> s.getMapper(AccessLogMapper.class).range(afterSeq, untilSeq, limit)).stream()
                .map(r -> new Row(access(r), (String) r.get("prevHash"))).toList();
    }

    @Override
    public List<LoggedAccess> about(String customerKey, int limit) {
        return accesses(sessions.read(s -> s.getMapper(AccessLogMapper.class).about(customerKey, limit)));
    }

    @Override
    public List<LoggedAccess> recent(int limit) {
        return accesses(sessions.read(s -> s.getMapper(AccessLogMapper.class).recent(limit)));
    }

    @Override
    public List<LoggedAccess> actions(List<String> actions, Instant from, Instant to, int limit) {
        return accesses(sessions.read(s -> s.getMapper(AccessLogMapper.class)
                .actions(actions, from.toEpochMilli(), to.toEpochMilli(), limit)));
    }

    @Override
    public List<LoggedAccess> bulkReads(int minRows, Instant from, Instant to, int limit) {
        return accesses(sessions.read(s -> s.getMapper(AccessLogMapper.class)
                .bulkReads(minRows, from.toEpochMilli(), to.toEpochMilli(), limit)));
    }

    @Override
    public List<ReviewReport.Reader> topReaders(Instant from, Instant to, int limit) {
        return sessions.read(s -> s.getMapper(AccessLogMapper.class)
                .topReaders(from.toEpochMilli(), to.toEpochMilli(), limit)).stream()
                .map(r -> new ReviewReport.Reader((String) r.get("username"), GradeRows.number(r.get("accesses")),
                        GradeRows.number(r.get("rowsRead"))))
                .toList();
    }

    @Override
    public void addReview(String month, String reviewer, String note, Instant at) {
        sessions.inTransaction(s -> s.getMapper(AccessLogMapper.class).addReview(month, reviewer, note, at));
    }

    @Override
    public List<ReviewReport.Review> reviews(String month) {
        return sessions.read(s -> s.getMapper(AccessLogMapper.class).reviews(month)).stream()
                .map(r -> new ReviewReport.Review((String) r.get("reviewer"), GradeRows.instant(r.get("reviewedAt")),
                        (String) r.get("note")))
                .toList();
    }

    @Override
    public long peopleHeld() {
        return sessions.read(s -> s.getMapper(AccessLogMapper.class).peopleHeld());
    }

    @Override
    public int prune(Instant cutoff, int limit) {
        long cut = cutoff.toEpochMilli();
        return sessions.inTransaction(s -> {
            AccessLogMapper m = s.getMapper(AccessLogMapper.class);
            m.lockHead();
            List<Map<String, Object>> oldest = m.oldest(cut, limit);
            if (oldest.isEmpty()) {
                return 0;
            }
            // only a prefix of the chain goes: up to the last row before the cutoff with no younger row before it
            long through = 0;
            long expected = GradeRows.number(oldest.get(0).get("seq"));
            for (Map<String, Object> r : oldest) {
                long seq = GradeRows.number(r.get("seq"));
                if (seq != expected) {
                    break;
                }
                through = seq;
                expected++;
            }
            m.deleteSubjectsThrough(through, cut);
            int deleted = m.deleteThrough(through, cut);
            m.markPruned(through);
            return deleted;
        });
    }

    private static Head head(Map<String, Object> row) {
        return new Head(GradeRows.number(row.get("seq")), (String) row.get("hash"),
                GradeRows.number(row.get("prunedThrough")));
    }

    private static List<LoggedAccess> accesses(List<Map<String, Object>> rows) {
        return rows.stream().map(MyBatisAccessLogStore::access).toList();
    }

    private static LoggedAccess access(Map<String, Object> r) {
        String keys = (String) r.get("customerKeys");
        Object rowCount = r.get("rowCount");
        AccessEntry entry = new AccessEntry(Instant.ofEpochMilli(GradeRows.number(r.get("atMs"))),
                (String) r.get("username"), (String) r.get("source"), AccessAction.valueOf((String) r.get("action")),
                keys == null || keys.isEmpty() ? List.of() : Arrays.asList(keys.split(",")),
                (int) GradeRows.number(rowCount), (String) r.get("resource"), (String) r.get("reason"));
        return new LoggedAccess(GradeRows.number(r.get("seq")), entry, (String) r.get("hash"));
    }
}
