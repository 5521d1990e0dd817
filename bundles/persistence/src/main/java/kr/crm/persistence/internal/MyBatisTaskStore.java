package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.grade.Grade;
import kr.crm.api.store.AccountOwner;
import kr.crm.api.store.TaskStore;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskOutcome;
import kr.crm.api.task.TaskStatus;
import kr.crm.api.task.TaskType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tasks over TaskMapper.xml; the unique key on {@code open_key} keeps one open task per rule and account. */
@Component(service = TaskStore.class)
public final class MyBatisTaskStore implements TaskStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisTaskStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean createIfNone(Task task, Instant at) {
        return sessions.inTransaction(s -> s.getMapper(TaskMapper.class).insertIgnore(task, at)) == 1;
    }

    @Override
    public int cancelOpen(Collection<String> accountKeys, String rulePrefix, String keepRule, Instant at) {
        if (accountKeys.isEmpty()) {
            return 0;
        }
        return sessions.inTransaction(s -> s.getMapper(TaskMapper.class).cancelOpen(accountKeys, rulePrefix, keepRule,
                at));
    }

    @Override
    public List<Task> open(String rep, LocalDate until) {
        return sessions.read(s -> s.getMapper(TaskMapper.class).open(rep, until)).stream().map(MyBatisTaskStore::task)
                .toList();
    }

    @Override
    public List<Task> ofAccount(String accountKey) {
        return sessions.read(s -> s.getMapper(TaskMapper.class).ofAccount(accountKey)).stream()
                .map(MyBatisTaskStore::task).toList();
    }

    @Override
    public List<Task> done(String rep, Instant since) {
        return sessions.read(s -> s.getMapper(TaskMapper.class).done(rep, since)).stream().map(MyBatisTaskStore::task)
                .toList();
    }

    @Override
    public Optional<Task> find(long id) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(TaskMapper.class).find(id))).map(MyBatisTaskStore::task);
    }

    @Override
    public boolean complete(long id, long expectedVersion, TaskOutcome outcome, String note, String byUser, Instant at) {
        return sessions.inTransaction(s -> s.getMapper(TaskMapper.class)
                .complete(id, expectedVersion, outcome, note, byUser, at)) == 1;
    }

    @Override
    public List<AccountOwner> owners(Collection<String> accountKeys) {
        if (accountKeys.isEmpty()) {
            return List.of();
        }
        return sessions.read(s -> s.getMapper(TaskMapper.class).owners(accountKeys)).stream()
                .map(MyBatisTaskStore::owner).toList();
    }

    @Override
    public int createAllIfNone(List<Task> tasks, Instant at) {
        if (tasks.isEmpty()) {
            return 0;
        }
        return sessions.inTransaction(s -> s.getMapper(TaskMapper.class).insertAllIgnore(tasks, at));
    }

    @Override
    public List<Task> escalateOverdue(LocalDate dueBefore, Instant at, int limit) {
        return sessions.inTransaction(s -> {
            TaskMapper m = s.getMapper(TaskMapper.class);
            List<Long> ids = m.overdue(dueBefore, limit);
            if (ids.isEmpty()) {
                return List.<Task>of();
            }
            m.markEscalated(ids, at);
            return m.byIds(ids).stream().map(MyBatisTaskStore::task).toList();
        });
    }

    @Override
    public List<Task> escalated(int limit) {
        return sessions.read(s -> s.getMapper(TaskMapper.class).escalated(limit)).stream().map(MyBatisTaskStore::task)
                .toList();
    }

    @Override
    public List<AccountOwner> unplanned(Grade grade, String ruleId, Instant doneSince, int limit) {
        return sessions.read(s -> s.getMapper(TaskMapper.class).unplanned(grade.name(), ruleId, doneSince, limit))
                .stream().map(MyBatisTaskStore::owner).toList();
    }

    private static AccountOwner owner(Map<String, Object> row) {
        return new AccountOwner((String) row.get("accountKey"), (String) row.get("ownerRep"),
                (String) row.get("contactKey"));
    }

    private static Task task(Map<String, Object> row) {
        Object outcome = row.get("outcome");
        return new Task(String.valueOf(GradeRows.number(row.get("id"))), (String) row.get("accountKey"),
                (String) row.get("contactKey"), (String) row.get("ownerRep"), TaskType.valueOf((String) row.get("type")),
                GradeRows.date(row.get("dueOn")), (String) row.get("why"), (String) row.get("ruleId"),
                TaskStatus.valueOf((String) row.get("status")),
                outcome == null ? null : TaskOutcome.valueOf((String) outcome), GradeRows.instant(row.get("completedAt")),
                (String) row.get("completedBy"), GradeRows.instant(row.get("escalatedAt")),
                GradeRows.number(row.get("version")));
    }
}
