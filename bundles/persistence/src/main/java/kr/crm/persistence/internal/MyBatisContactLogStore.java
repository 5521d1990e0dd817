package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.contactlog.ComplaintStatus;
import kr.crm.api.contactlog.ContactLogDraft;
import kr.crm.api.contactlog.ContactLogEntry;
import kr.crm.api.contactlog.ContactLogRevision;
import kr.crm.api.contactlog.ContactType;
import kr.crm.api.store.ContactLogStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contact-log entries over ContactLogMapper.xml. A change locks the row, checks its version, copies it into
 * {@code contact_log_revision} and writes the change, all in one transaction.
 */
@Component(service = ContactLogStore.class)
public final class MyBatisContactLogStore implements ContactLogStore {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final SqlSessions sessions;

    @Activate
    public MyBatisContactLogStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Long> insert(ContactLogDraft draft, String completedTaskId, String author, String idempotencyKey,
            Instant at) {
        ContactLogMapper.NewRow row = new ContactLogMapper.NewRow();
        Long taskId = completedTaskId == null ? null : Long.valueOf(completedTaskId);
        boolean stored = sessions.insertOnce(s -> s.getMapper(ContactLogMapper.class)
                .insert(row, draft, draft.occurredAt().toInstant(), taskId, author, idempotencyKey, at));
        return stored ? Optional.of(row.id) : Optional.empty();
    }

    @Override
    public Optional<ContactLogEntry> find(long id) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ContactLogMapper.class).find(id)))
                .map(MyBatisContactLogStore::entry);
    }

    @Override
    public Optional<ContactLogEntry> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ContactLogMapper.class)
                .findByIdempotencyKey(idempotencyKey))).map(MyBatisContactLogStore::entry);
    }

    @Override
    public boolean claimsTask(String taskId) {
        return sessions.read(s -> s.getMapper(ContactLogMapper.class).claimsTask(taskId));
    }

    @Override
    public boolean update(long id, long expectedVersion, ContactLogDraft draft, String byUser, Instant at) {
        return sessions.inTransaction(s -> {
            ContactLogMapper m = s.getMapper(ContactLogMapper.class);
            if (!lockedAt(m, id, expectedVersion)) {
                return false;
            }
            m.keepRevision(id, byUser, at);
            return m.update(id, expectedVersion, draft, draft.occurredAt().toInstant(), byUser, at) == 1;
        });
    }

    @Override
    public boolean setStatus(long id, long expectedVersion, ComplaintStatus status, String byUser, Instant at) {
        return sessions.inTransaction(s -> {
            ContactLogMapper m = s.getMapper(ContactLogMapper.class);
            if (!lockedAt(m, id, expectedVersion)) {
                return false;
            }
            m.keepRevision(id, byUser, at);
            if (m.setStatus(id, expectedVersion, status, byUser, at) != 1) {
                s.rollback();
                return false;
            }
            return true;
        });
    }

    @Override
    public boolean softDelete(long id, String byUser, Instant at) {
        return sessions.inTransaction(s -> {
            ContactLogMapper m = s.getMapper(ContactLogMapper.class);
            if (m.lockVersion(id) == null) {
                return false;
            }
            m.keepRevision(id, byUser, at);
            return m.softDelete(id, byUser, at) == 1;
        });
    }

    private static boolean lockedAt(ContactLogMapper m, long id, long expectedVersion) {
        Long version = m.lockVersion(id);
        return version != null && version == expectedVersion;
    }

    @Override
    public List<ContactLogRevision> revisions(long id) {
        return sessions.read(s -> s.getMapper(ContactLogMapper.class).revisions(id)).stream()
                .map(r -> new ContactLogRevision(entry(r), (String) r.get("changedBy"), GradeRows.instant(r.get("changedAt"))))
                .toList();
    }

    @Override
    public Page<ContactLogEntry> ofAccount(String accountKey, PageRequest page) {
        return sessions.read(s -> {
            ContactLogMapper m = s.getMapper(ContactLogMapper.class);
            List<ContactLogEntry> items = m.ofAccount(accountKey, page.offset(), page.size()).stream()
                    .map(MyBatisContactLogStore::entry).toList();
            return new Page<>(items, page.page(), page.size(), m.countOfAccount(accountKey));
        });
    }

    @Override
    public List<ContactLogEntry> openComplaints(String accountKey) {
        return sessions.read(s -> s.getMapper(ContactLogMapper.class).openComplaints(accountKey)).stream()
                .map(MyBatisContactLogStore::entry).toList();
    }

    private static ContactLogEntry entry(Map<String, Object> row) {
        Object status = row.get("status");
        Object task = row.get("completedTaskId");
        return new ContactLogEntry(String.valueOf(GradeRows.number(row.get("id"))), (String) row.get("accountKey"),
                (String) row.get("contactKey"), ContactType.valueOf((String) row.get("type")),
                GradeRows.instant(row.get("occurredAt")).atZone(SEOUL).toOffsetDateTime(), (String) row.get("summary"),
                (String) row.get("outcome"), (String) row.get("nextStep"), (String) row.get("attachmentUrl"),
                status == null ? null : ComplaintStatus.valueOf((String) status),
                task == null ? null : String.valueOf(GradeRows.number(task)), (String) row.get("author"),
                (String) row.get("updatedBy"), row.get("deletedAt") != null, GradeRows.number(row.get("version")),
                GradeRows.instant(row.get("createdAt")), GradeRows.instant(row.get("updatedAt")));
    }
}
