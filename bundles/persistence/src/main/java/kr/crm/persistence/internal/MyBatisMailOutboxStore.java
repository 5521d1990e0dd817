package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.mail.MailPurpose;
import kr.crm.api.mail.MailState;
import kr.crm.api.mail.OutgoingMail;
import kr.crm.api.mail.QueuedMail;
import kr.crm.api.store.MailOutboxStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The mail outbox over MailMapper.xml. */
@Component(service = MailOutboxStore.class)
public final class MyBatisMailOutboxStore implements MailOutboxStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisMailOutboxStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public QueuedMail insert(OutgoingMail mail, String messageId, Instant now) {
        return sessions.inTransaction(s -> {
            MailMapper m = s.getMapper(MailMapper.class);
            m.insert(mail, headers(mail.headers()), messageId, now);
            return record(m.byKey(mail.dedupeKey()));
        });
    }

    @Override
    public Optional<QueuedMail> find(String dedupeKey) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(MailMapper.class).byKey(dedupeKey)))
                .map(MyBatisMailOutboxStore::record);
    }

    @Override
    public List<QueuedMail> recent(String category, int limit) {
        return sessions.read(s -> s.getMapper(MailMapper.class).recent(category, limit)).stream()
                .map(MyBatisMailOutboxStore::record).toList();
    }

    @Override
    public List<PendingMail> due(Instant now, int limit) {
        return sessions.read(s -> s.getMapper(MailMapper.class).due(now, limit)).stream()
                .map(row -> new PendingMail(record(row), mail(row))).toList();
    }

    @Override
    public boolean claim(long id, Instant now, Instant until) {
        return sessions.inTransaction(s -> s.getMapper(MailMapper.class).claim(id, now, until)) == 1;
    }

    @Override
    public boolean markSent(long id, Instant at) {
        return sessions.inTransaction(s -> s.getMapper(MailMapper.class).markSent(id, at)) == 1;
    }

    @Override
    public boolean markRetry(long id, String error, Instant nextAttemptAt) {
        return sessions.inTransaction(s -> s.getMapper(MailMapper.class).markRetry(id, error, nextAttemptAt)) == 1;
    }

    @Override
    public boolean markFailed(long id, String error, Instant at) {
        return sessions.inTransaction(s -> s.getMapper(MailMapper.class).markFailed(id, error, at)) == 1;
    }

    private static QueuedMail record(Map<String, Object> row) {
        return new QueuedMail(GradeRows.number(row.get("id")), (String) row.get("dedupeKey"),
                (String) row.get("category"), MailPurpose.valueOf((String) row.get("purpose")),
                (String) row.get("customerKey"), MailState.valueOf((String) row.get("state")),
                (int) GradeRows.number(row.get("attempts")), GradeRows.instant(row.get("queuedAt")),
                GradeRows.instant(row.get("nextAttemptAt")), GradeRows.instant(row.get("sentAt")),
                (String) row.get("messageId"), (String) row.get("lastError"));
    }

    private static OutgoingMail mail(Map<String, Object> row) {
        return new OutgoingMail((String) row.get("dedupeKey"), MailPurpose.valueOf((String) row.get("purpose")),
                (String) row.get("customerKey"), (String) row.get("recipient"), (String) row.get("recipientName"),
                (String) row.get("senderName"), (String) row.get("subject"), (String) row.get("bodyText"),
                (String) row.get("bodyHtml"), headers((String) row.get("headers")), (String) row.get("category"));
    }

    /** One "Name: value" line per header; the mail bundle checked that values are one line. */
    static String headers(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        headers.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        return out.toString();
    }

    static Map<String, String> headers(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    out.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return out;
    }
}
