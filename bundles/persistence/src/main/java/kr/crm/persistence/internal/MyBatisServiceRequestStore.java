package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.service.Attachment;
import kr.crm.api.service.AttachmentInfo;
import kr.crm.api.service.ChangeKind;
import kr.crm.api.service.RequestChange;
import kr.crm.api.service.RequestQuery;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.Requester;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceRequestDraft;
import kr.crm.api.service.SlaState;
import kr.crm.api.store.ServiceRequestStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Service requests over ServiceRequestMapper.xml. A change and its history entry are written in one
 * transaction; a change whose conditional update touches no row writes nothing.
 */
@Component(service = ServiceRequestStore.class)
public final class MyBatisServiceRequestStore implements ServiceRequestStore {
    /** Who a portal request is created by. */
    static final String PORTAL = "portal";

    private final SqlSessions sessions;

    @Activate
    public MyBatisServiceRequestStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Long> insert(ServiceRequestDraft d, RequestStatus status, Long contactLogId,
            Instant firstResponseDue, Instant resolutionDue, String by, String idempotencyKey, Instant at) {
        ServiceRequestMapper.NewRow row = new ServiceRequestMapper.NewRow();
        boolean stored = sessions.insertOnce(s -> {
            ServiceRequestMapper m = s.getMapper(ServiceRequestMapper.class);
            int n = m.insert(row, d, null, status, contactLogId, d.receivedAt().toInstant(), firstResponseDue, resolutionDue,
                    by, idempotencyKey, at);
            m.addChange(row.id, ChangeKind.CREATED, null, status, null, true, by, at);
            return n;
        });
        return stored ? Optional.of(row.id) : Optional.empty();
    }

    @Override
    public long insertFromPortal(ServiceRequestDraft d, Requester requester, List<Attachment> attachments,
            Instant firstResponseDue, Instant resolutionDue, Instant at) {
        ServiceRequestMapper.NewRow row = new ServiceRequestMapper.NewRow();
        sessions.inTransaction(s -> {
            ServiceRequestMapper m = s.getMapper(ServiceRequestMapper.class);
            m.insert(row, d, requester, RequestStatus.RECEIVED, null, d.receivedAt().toInstant(), firstResponseDue,
                    resolutionDue, PORTAL, null, at);
            m.addChange(row.id, ChangeKind.CREATED, null, RequestStatus.RECEIVED, null, true, PORTAL, at);
            for (Attachment a : attachments) {
                m.addAttachment(row.id, a, a.data().length, at);
            }
            return row.id;
        });
        return row.id;
    }

    @Override
    public Optional<Requester> requester(long id) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ServiceRequestMapper.class).requester(id)))
                .map(r -> new Requester((String) r.get("name"), (String) r.get("email"), (String) r.get("phone"),
                        (String) r.get("company")));
    }

    @Override
    public List<AttachmentInfo> attachments(long id) {
        return sessions.read(s -> s.getMapper(ServiceRequestMapper.class).attachments(id)).stream()
                .map(r -> new AttachmentInfo(String.valueOf(GradeRows.number(r.get("id"))), (String) r.get("fileName"),
                        (String) r.get("contentType"), (int) GradeRows.number(r.get("size"))))
                .toList();
    }

    @Override
    public Optional<Attachment> attachment(long requestId, long attachmentId) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ServiceRequestMapper.class)
                .attachment(requestId, attachmentId)))
                .map(r -> new Attachment((String) r.get("fileName"), (String) r.get("contentType"), (byte[]) r.get("data")));
    }

    @Override
    public Optional<ServiceRequest> find(long id) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ServiceRequestMapper.class).find(id)))
                .map(ServiceRows::request);
    }

    @Override
    public Optional<ServiceRequest> findByIdempotencyKey(String key) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ServiceRequestMapper.class).findByIdempotencyKey(key)))
                .map(ServiceRows::request);
    }

    @Override
    public Optional<ServiceRequest> findByContactLog(long contactLogId) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ServiceRequestMapper.class)
                .findByContactLog(contactLogId))).map(ServiceRows::request);
    }

    @Override
    public boolean changeStatus(long id, long expectedVersion, RequestStatus from, RequestStatus to, String comment,
            boolean firstResponse, String by, Instant at, Instant resolutionDue) {
        return sessions.inTransaction(s -> {
            ServiceRequestMapper m = s.getMapper(ServiceRequestMapper.class);
            if (m.changeStatus(id, expectedVersion, from, to, firstResponse, by, at, resolutionDue) != 1) {
                return false;
            }
            m.addChange(id, ChangeKind.STATUS, from, to, comment, true, by, at);
            return true;
        });
    }

    @Override
    public boolean assign(long id, long expectedVersion, String assignee, String team, RequestStatus from,
            RequestStatus to, String comment, String by, Instant at) {
        return sessions.inTransaction(s -> {
            ServiceRequestMapper m = s.getMapper(ServiceRequestMapper.class);
            if (m.assign(id, expectedVersion, assignee, team, from, to, by, at) != 1) {
                return false;
            }
            String what = "assignee " + (assignee == null ? "-" : assignee) + ", team " + (team == null ? "-" : team)
                    + (comment == null ? "" : ": " + comment);
            m.addChange(id, ChangeKind.ASSIGNED, from, to, what, false, by, at);
            return true;
        });
    }

    @Override
    public void addEntry(long id, ChangeKind kind, String comment, boolean visibleToCustomer, boolean firstResponse,
            String by, Instant at) {
        sessions.inTransaction(s -> {
            ServiceRequestMapper m = s.getMapper(ServiceRequestMapper.class);
            if (firstResponse) {
                m.markResponded(id, at);
            }
            return m.addChange(id, kind, null, null, comment, visibleToCustomer, by, at);
        });
    }

    @Override
    public List<RequestChange> history(long id) {
        return sessions.read(s -> s.getMapper(ServiceRequestMapper.class).history(id)).stream()
                .map(ServiceRows::change).toList();
    }

    @Override
    public List<ServiceRequest> ofAccount(String accountKey, boolean openOnly) {
        return sessions.read(s -> s.getMapper(ServiceRequestMapper.class).ofAccount(accountKey, openOnly)).stream()
                .map(ServiceRows::request).toList();
    }

    @Override
    public Page<ServiceRequest> search(RequestStatus status, String type, PageRequest page) {
        return sessions.read(s -> {
            ServiceRequestMapper m = s.getMapper(ServiceRequestMapper.class);
            List<ServiceRequest> items = m.search(status, type, page.offset(), page.size()).stream()
                    .map(ServiceRows::request).toList();
            return new Page<>(items, page.page(), page.size(), m.count(status, type));
        });
    }

    @Override
    public Page<ServiceRequest> search(RequestQuery query, PageRequest page) {
        return sessions.read(s -> {
            ServiceRequestMapper m = s.getMapper(ServiceRequestMapper.class);
            List<ServiceRequest> items = m.query(query, query.scope(), page.offset(), page.size()).stream()
                    .map(ServiceRows::request).toList();
            return new Page<>(items, page.page(), page.size(), m.countQuery(query, query.scope()));
        });
    }

    @Override
    public boolean classify(long id, long expectedVersion, String topic, String by, Instant at) {
        return sessions.inTransaction(s -> {
            ServiceRequestMapper m = s.getMapper(ServiceRequestMapper.class);
            if (m.classify(id, expectedVersion, topic, by, at) != 1) {
                return false;
            }
            // the comment is the new topic code (null: cleared), so readers can name it in their language
            m.addChange(id, ChangeKind.TOPIC, null, null, topic, false, by, at);
            return true;
        });
    }

    @Override
    public List<String> accountsWithUnlinkedComplaints(int limit) {
        return sessions.read(s -> s.getMapper(ServiceRequestMapper.class).accountsWithUnlinkedComplaints(limit));
    }

    @Override
    public List<ServiceRequest> open(long afterId, int limit) {
        return sessions.read(s -> s.getMapper(ServiceRequestMapper.class).open(afterId, limit)).stream()
                .map(ServiceRows::request).toList();
    }

    @Override
    public boolean flag(long id, SlaState state, String comment, Instant at) {
        return sessions.inTransaction(s -> {
            ServiceRequestMapper m = s.getMapper(ServiceRequestMapper.class);
            if (m.flag(id, state) != 1) {
                return false;
            }
            m.addChange(id, ChangeKind.SLA, null, null, comment, false, "sla-sweep", at);
            return true;
        });
    }

    @Override
    public boolean escalate(long id, String to, String comment, Instant at) {
        return sessions.inTransaction(s -> {
            ServiceRequestMapper m = s.getMapper(ServiceRequestMapper.class);
            if (m.escalate(id, to, at) != 1) {
                return false;
            }
            m.addChange(id, ChangeKind.SLA, null, null, comment, false, "sla-sweep", at);
            return true;
        });
    }

    @Override
    public List<ServiceRequest> escalated() {
        return sessions.read(s -> s.getMapper(ServiceRequestMapper.class).escalated()).stream()
                .map(ServiceRows::request).toList();
    }
}
