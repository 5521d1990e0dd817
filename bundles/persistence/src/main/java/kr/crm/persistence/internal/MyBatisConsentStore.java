package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.ConsentMethod;
import kr.crm.api.consent.ConsentPurpose;
import kr.crm.api.consent.ConsentRecord;
import kr.crm.api.consent.OptOut;
import kr.crm.api.store.ConsentStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Consents and opt-outs over ConsentMapper.xml. */
@Component(service = ConsentStore.class)
public final class MyBatisConsentStore implements ConsentStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisConsentStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public ConsentRecord insert(ConsentRecord consent) {
        return sessions.inTransaction(s -> {
            ConsentMapper m = s.getMapper(ConsentMapper.class);
            ConsentMapper.GeneratedId row = new ConsentMapper.GeneratedId();
            m.insertConsent(consent, row);
            return consent(m.consent(row.id));
        });
    }

    @Override
    public OptOut insert(OptOut optOut) {
        return sessions.inTransaction(s -> {
            ConsentMapper m = s.getMapper(ConsentMapper.class);
            ConsentMapper.GeneratedId row = new ConsentMapper.GeneratedId();
            m.insertOptOut(optOut, row);
            return optOut(m.optOut(row.id));
        });
    }

    @Override
    public List<ConsentRecord> consentsOf(Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return List.of();
        }
        return sessions.read(s -> s.getMapper(ConsentMapper.class).consentsOf(subjectKeys)).stream()
                .map(MyBatisConsentStore::consent).toList();
    }

    @Override
    public List<OptOut> optOutsOf(Collection<String> customerKeys, Collection<String> addressKeys) {
        Collection<String> keys = customerKeys.isEmpty() ? List.of("") : customerKeys;
        return sessions.read(s -> s.getMapper(ConsentMapper.class).optOutsOf(keys, addressKeys)).stream()
                .map(MyBatisConsentStore::optOut).toList();
    }

    @Override
    public void consentNoticed(long id, Instant at) {
        sessions.inTransaction(s -> s.getMapper(ConsentMapper.class).consentNoticed(id, at));
    }

    @Override
    public void optOutNoticed(long id, Instant at) {
        sessions.inTransaction(s -> s.getMapper(ConsentMapper.class).optOutNoticed(id, at));
    }

    @Override
    public List<ConsentRecord> reconfirmationDue(Instant dueBy, int limit) {
        return sessions.read(s -> s.getMapper(ConsentMapper.class).reconfirmationDue(dueBy, limit)).stream()
                .map(MyBatisConsentStore::consent).toList();
    }

    @Override
    public void reconfirmed(long id, Instant at, Instant nextDue) {
        sessions.inTransaction(s -> s.getMapper(ConsentMapper.class).reconfirmed(id, at, nextDue));
    }

    private static ConsentRecord consent(Map<String, Object> r) {
        return new ConsentRecord(GradeRows.number(r.get("id")), (String) r.get("subjectKey"),
                Channel.valueOf((String) r.get("channel")), ConsentPurpose.valueOf((String) r.get("purpose")),
                bool(r.get("granted")), ConsentMethod.valueOf((String) r.get("method")),
                (String) r.get("noticeVersion"), (String) r.get("evidence"), GradeRows.instant(r.get("occurredAt")),
                GradeRows.instant(r.get("recordedAt")), (String) r.get("recordedBy"),
                GradeRows.instant(r.get("noticeDueAt")), GradeRows.instant(r.get("noticeSentAt")),
                GradeRows.instant(r.get("reconfirmDueAt")), GradeRows.instant(r.get("reconfirmedAt")));
    }

    private static OptOut optOut(Map<String, Object> r) {
        String channel = (String) r.get("channel");
        return new OptOut(GradeRows.number(r.get("id")), (String) r.get("customerKey"),
                channel == null ? null : Channel.valueOf(channel), (String) r.get("addressKey"),
                ConsentMethod.valueOf((String) r.get("method")), (String) r.get("evidence"),
                GradeRows.instant(r.get("recordedAt")), (String) r.get("recordedBy"),
                GradeRows.instant(r.get("noticeSentAt")));
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
