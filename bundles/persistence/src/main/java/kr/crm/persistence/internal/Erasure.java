package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import kr.crm.api.store.Destruction;

/**
 * The deletes of one destruction, inside one transaction, with the rows each table lost. The order keeps the
 * foreign keys satisfied: children before parents, contact persons before their account.
 */
final class Erasure {
    private final PrivacyMapper m;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    Erasure(PrivacyMapper mapper) {
        this.m = mapper;
    }

    /** The customer with every key merged into it, directly or through others. */
    List<String> customerKeys(String key) {
        Set<String> keys = new LinkedHashSet<>(List.of(key));
        List<String> frontier = List.of(key);
        while (!frontier.isEmpty()) {
            frontier = m.mergedInto(frontier).stream().filter(keys::add).toList();
        }
        return List.copyOf(keys);
    }

    List<String> contactsOf(Collection<String> customerKeys) {
        return m.contactsOf(customerKeys);
    }

    /** Contact logs, tasks, segment memberships, sent mail, consents, CardDAV copies of these customers. */
    void history(List<String> keys, List<String> contacts, Instant at) {
        List<String> subjects = union(keys, contacts);
        count("sync_card", contacts.isEmpty() ? 0 : m.markCards(contacts, at));
        count("contact_log_revision", m.deleteLogRevisions(keys));
        count("contact_log", m.deleteLogs(keys));
        count("task", m.deleteTasks(keys));
        count("segment_member", m.deleteSegmentMembers(keys));
        count("segment_history", m.deleteSegmentHistory(keys));
        count("mail_outbox", m.deleteMail(subjects));
        count("consent_record", m.deleteConsents(subjects));
    }

    /** Service requests (the data-subject cases stay, scrubbed), identity index, match reviews, merge records. */
    void records(List<String> keys, List<String> contacts) {
        List<String> subjects = union(keys, contacts);
        count("service_request_change", m.deleteRequestChanges(keys));
        count("service_attachment", m.deleteRequestAttachments(keys));
        count("service_survey", m.deleteRequestSurveys(keys));
        count("service_request", m.deleteRequests(keys));
        count("service_request (data-subject case scrubbed)", m.scrubSubjectRequests(subjects));
        count("customer_identity", m.deleteIdentity(keys));
        count("match_review", m.deleteReviews(keys));
        count("customer_merge_item", m.deleteMergeItems(keys));
        count("customer_merge", m.deleteMerges(keys));
        count("customer_alias", m.deleteAliases(keys));
    }

    void contacts(List<String> keys) {
        count("contact_person", m.deleteContacts(keys));
    }

    void apply(String table, ToIntFunction<PrivacyMapper> statement) {
        count(table, statement.applyAsInt(m));
    }

    /** Writes the destruction-log row. @return the counts, empty if nothing was destroyed */
    Map<String, Integer> log(String subjectKey, Destruction destruction) {
        if (!counts.isEmpty()) {
            m.insertDestruction(destruction, subjectKey, Counts.format(counts));
        }
        return Map.copyOf(counts);
    }

    private void count(String table, int n) {
        if (n > 0) {
            counts.merge(table, n, Integer::sum);
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
