package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.privacy.DestructionEntry;
import kr.crm.api.privacy.DestructionMethod;
import kr.crm.api.privacy.RetentionCategory;
import kr.crm.api.privacy.SubjectRight;
import kr.crm.api.store.Destruction;
import kr.crm.api.store.PrivacyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Retention, the destruction log and data-subject requests over PrivacyMapper.xml. */
@Component(service = PrivacyStore.class)
public final class MyBatisPrivacyStore implements PrivacyStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisPrivacyStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<String> expiredProspects(Instant cutoff, String afterKey, int limit) {
        return sessions.read(s -> s.getMapper(PrivacyMapper.class).expiredProspects(cutoff, afterKey, limit));
    }

    @Override
    public List<String> expiredOrderIdentities(Instant orderCutoff, Instant activityCutoff, String afterKey,
            int limit) {
        return sessions.read(s -> s.getMapper(PrivacyMapper.class)
                .expiredOrderIdentities(orderCutoff, activityCutoff, afterKey, limit));
    }

    @Override
    public List<String> endedMarketingConsents(Instant cutoff, String afterKey, int limit) {
        return sessions.read(s -> s.getMapper(PrivacyMapper.class).endedMarketingConsents(cutoff, afterKey, limit));
    }

    @Override
    public Optional<Map<String, Integer>> deleteMarketingProfile(String subjectKey, Destruction destruction) {
        return sessions.inTransaction(s -> {
            Erasure e = new Erasure(s.getMapper(PrivacyMapper.class));
            e.apply("customer.birthday", x -> x.deleteCustomerBirthday(subjectKey));
            e.apply("contact_person.birthday", x -> x.deleteContactBirthday(subjectKey));
            Map<String, Integer> counts = e.log(subjectKey, destruction);
            return counts.isEmpty() ? Optional.empty() : Optional.of(counts);
        });
    }

    @Override
    public List<String> accountsWithContactLogsBefore(Instant cutoff, String afterKey, int limit) {
        return sessions.read(s -> s.getMapper(PrivacyMapper.class)
                .accountsWithContactLogsBefore(cutoff, afterKey, limit));
    }

    @Override
    public Optional<Instant> lastOrder(String customerKey) {
        return Optional.ofNullable(sessions.read(s -> {
            PrivacyMapper m = s.getMapper(PrivacyMapper.class);
            return m.lastOrder(new Erasure(m).customerKeys(customerKey));
        }));
    }

    @Override
    public Optional<Map<String, Integer>> deleteCustomer(String customerKey, Destruction destruction) {
        return sessions.inTransaction(s -> {
            PrivacyMapper m = s.getMapper(PrivacyMapper.class);
            if (m.lockCustomer(customerKey) == null) {
                return Optional.empty();
            }
            Erasure e = new Erasure(m);
            List<String> keys = e.customerKeys(customerKey);
            if (m.countOrders(keys) > 0) {
                return Optional.empty();
            }
            List<String> contacts = e.contactsOf(keys);
            e.history(keys, contacts, destruction.at());
            e.records(keys, contacts);
            e.apply("customer_measure", x -> x.deleteMeasures(keys));
            e.apply("account_grade", x -> x.deleteGrades(keys));
            e.apply("grade_override", x -> x.deleteGradeOverrides(keys));
            e.apply("grade_history", x -> x.deleteGradeHistory(keys));
            e.contacts(keys);
            e.apply("customer", x -> x.deleteCustomers(keys));
            return Optional.of(e.log(customerKey, destruction));
        });
    }

    @Override
    public Optional<Map<String, Integer>> anonymiseCustomer(String customerKey, Destruction destruction) {
        return sessions.inTransaction(s -> {
            PrivacyMapper m = s.getMapper(PrivacyMapper.class);
            Map<String, Object> row = m.lockCustomer(customerKey);
            if (row == null || row.get("anonymisedAt") != null) {
                return Optional.empty();
            }
            Erasure e = new Erasure(m);
            List<String> keys = e.customerKeys(customerKey);
            List<String> contacts = e.contactsOf(keys);
            e.history(keys, contacts, destruction.at());
            e.records(keys, contacts);
            e.apply("grade_override", x -> x.deleteGradeOverrides(keys));
            e.contacts(keys);
            e.apply("customer (anonymised)", x -> x.anonymiseCustomers(keys, destruction.at()));
            return Optional.of(e.log(customerKey, destruction));
        });
    }

    @Override
    public Optional<Map<String, Integer>> deleteAllButOrderIdentity(String customerKey, Destruction destruction) {
        return sessions.inTransaction(s -> {
            PrivacyMapper m = s.getMapper(PrivacyMapper.class);
            if (m.lockCustomer(customerKey) == null) {
                return Optional.empty();
            }
            Erasure e = new Erasure(m);
            List<String> keys = e.customerKeys(customerKey);
            List<String> contacts = e.contactsOf(keys);
            e.history(keys, contacts, destruction.at());
            e.contacts(keys);
            return Optional.of(e.log(customerKey, destruction));
        });
    }

    @Override
    public Optional<Integer> restrictContactPerson(String contactKey, Instant at) {
        return sessions.inTransaction(s -> {
            PrivacyMapper m = s.getMapper(PrivacyMapper.class);
            if (m.lockContact(contactKey) == null) {
                return Optional.empty();
            }
            m.restrictContact(contactKey, at);
            return Optional.of(m.detachContactFromOpenTasks(contactKey, at));
        });
    }

    @Override
    public boolean liftRestriction(long requestId, String subjectKey, Instant at, String by) {
        return sessions.inTransaction(s -> {
            PrivacyMapper m = s.getMapper(PrivacyMapper.class);
            if (m.markLifted(requestId, at, by) == 0) {
                return false;
            }
            m.liftContactRestriction(subjectKey);
            return true;
        });
    }

    @Override
    public Optional<Map<String, Integer>> deleteContactPerson(String contactKey, Destruction destruction) {
        return sessions.inTransaction(s -> {
            PrivacyMapper m = s.getMapper(PrivacyMapper.class);
            if (m.lockContact(contactKey) == null) {
                return Optional.empty();
            }
            Erasure e = new Erasure(m);
            List<String> key = List.of(contactKey);
            e.apply("sync_card", x -> x.markCards(key, destruction.at()));
            e.apply("contact_log_revision", x -> x.deleteContactLogRevisions(key));
            e.apply("contact_log", x -> x.deleteContactLogs(key));
            e.apply("task", x -> x.deleteContactTasks(key));
            e.apply("consent_record", x -> x.deleteConsents(key));
            e.apply("mail_outbox", x -> x.deleteMail(key));
            e.apply("service_request (contact detached)", x -> x.detachContactFromRequests(contactKey));
            e.apply("service_request (data-subject case scrubbed)", x -> x.scrubSubjectRequests(key));
            e.apply("contact_person", x -> x.deleteContact(contactKey));
            return Optional.of(e.log(contactKey, destruction));
        });
    }

    @Override
    public Optional<Map<String, Integer>> deleteContactLogs(String accountKey, Instant cutoff,
            Destruction destruction) {
        return sessions.inTransaction(s -> {
            Erasure e = new Erasure(s.getMapper(PrivacyMapper.class));
            e.apply("contact_log_revision", x -> x.deleteLogRevisionsBefore(accountKey, cutoff));
            e.apply("contact_log", x -> x.deleteLogsBefore(accountKey, cutoff));
            Map<String, Integer> counts = e.log(accountKey, destruction);
            return counts.isEmpty() ? Optional.empty() : Optional.of(counts);
        });
    }

    @Override
    public Optional<Map<String, Integer>> deletePermissionHistory(Instant cutoff, Destruction destruction) {
        return sessions.inTransaction(s -> {
            Erasure e = new Erasure(s.getMapper(PrivacyMapper.class));
            e.apply("user_permission_history", x -> x.deletePermissionHistory(cutoff));
            Map<String, Integer> counts = e.log(null, destruction);
            return counts.isEmpty() ? Optional.empty() : Optional.of(counts);
        });
    }

    @Override
    public List<DestructionEntry> destructionLog(RetentionCategory category, String customerKey, int limit) {
        return sessions.read(s -> s.getMapper(PrivacyMapper.class)
                .destructionLog(category == null ? null : category.name(), customerKey, limit)).stream()
                .map(MyBatisPrivacyStore::entry).toList();
    }

    @Override
    public List<String> subjectKeys(String customerKey) {
        return sessions.read(s -> {
            PrivacyMapper m = s.getMapper(PrivacyMapper.class);
            Erasure e = new Erasure(m);
            List<String> keys = e.customerKeys(customerKey);
            List<String> all = new ArrayList<>(keys);
            e.contactsOf(keys).stream().filter(k -> !all.contains(k)).forEach(all::add);
            return List.copyOf(all);
        });
    }

    @Override
    public Map<String, List<Map<String, Object>>> subjectData(List<String> keys) {
        return sessions.read(s -> SubjectAreas.read(s.getMapper(PrivacyMapper.class), keys));
    }

    @Override
    public void saveSubjectRequest(SubjectRequest request) {
        sessions.inTransaction(s -> s.getMapper(PrivacyMapper.class).insertSubjectRequest(request));
    }

    @Override
    public Optional<SubjectRequest> subjectRequest(long requestId) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(PrivacyMapper.class).subjectRequest(requestId)))
                .map(MyBatisPrivacyStore::request);
    }

    @Override
    public List<SubjectRequest> subjectRequests(boolean pendingOnly, int limit) {
        return sessions.read(s -> s.getMapper(PrivacyMapper.class).subjectRequests(pendingOnly, limit)).stream()
                .map(MyBatisPrivacyStore::request).toList();
    }

    @Override
    public void markGathered(long requestId, Instant at) {
        sessions.inTransaction(s -> s.getMapper(PrivacyMapper.class).markGathered(requestId, at));
    }

    @Override
    public void markExecuted(long requestId, Instant at, String by, String outcome) {
        sessions.inTransaction(s -> s.getMapper(PrivacyMapper.class).markExecuted(requestId, at, by, outcome));
    }

    private static DestructionEntry entry(Map<String, Object> row) {
        Object request = row.get("requestId");
        return new DestructionEntry(GradeRows.number(row.get("id")),
                RetentionCategory.valueOf((String) row.get("category")), (String) row.get("customerKey"),
                DestructionMethod.valueOf((String) row.get("method")), (String) row.get("rule"),
                Counts.parse((String) row.get("counts")),
                request == null ? null : String.valueOf(GradeRows.number(request)),
                (String) row.get("destroyedBy"), GradeRows.instant(row.get("destroyedAt")));
    }

    private static SubjectRequest request(Map<String, Object> row) {
        return new SubjectRequest(GradeRows.number(row.get("requestId")), (String) row.get("subjectKey"),
                SubjectRight.valueOf((String) row.get("subjectRight")), GradeRows.instant(row.get("legalDueAt")),
                GradeRows.instant(row.get("gatheredAt")), GradeRows.instant(row.get("executedAt")),
                (String) row.get("executedBy"), (String) row.get("outcome"), GradeRows.instant(row.get("liftedAt")),
                (String) row.get("liftedBy"));
    }
}
