package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.privacy.DestructionEntry;
import kr.crm.api.privacy.RetentionCategory;
import kr.crm.api.privacy.SubjectRight;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Storage of retention and data-subject requests. Each destroying method is one transaction that locks the
 * customer, destroys every copy the CRM database holds (contact persons, contact logs, tasks, service requests,
 * consents, sent mail, segment memberships, the identity index, merge records; CardDAV links are marked so that the
 * next sync deletes the card on the server) and writes its destruction-log row; it returns the rows destroyed per
 * table, or empty if there was nothing (left) to do, so a repeated call is harmless.
 *
 * @since 2.9
 */
@ProviderType
public interface PrivacyStore {

    /**
     * A data-subject request row.
     *
     * @param requestId the service request
     * @param subjectKey the person
     * @param right the right exercised
     * @param legalDueAt the legal due date
     * @param gatheredAt when the data was last gathered, if it was
     * @param executedAt when the right was carried out, if it was
     * @param executedBy who carried it out
     * @param outcome what was done
     * @param liftedAt when a carried-out restriction was lifted, if it was
     * @param liftedBy who lifted it
     */
    record SubjectRequest(long requestId, String subjectKey, SubjectRight right, Instant legalDueAt,
            Instant gatheredAt, Instant executedAt, String executedBy, String outcome, Instant liftedAt,
            String liftedBy) {
    }

    /**
     * Customers (not merged away, not anonymised) without any order whose last activity (the customer, its contact
     * persons, contact logs, tasks, service requests, consents) is before {@code cutoff}, and no open service
     * request; keys after {@code afterKey} (null: from the first) in key order, at most {@code limit}.
     */
    List<String> expiredProspects(Instant cutoff, String afterKey, int limit);

    /**
     * Customers (not merged away, not anonymised) with orders, all before {@code orderCutoff}, and no other
     * activity since {@code activityCutoff}; keys after {@code afterKey} in key order, at most {@code limit}.
     */
    List<String> expiredOrderIdentities(Instant orderCutoff, Instant activityCutoff, String afterKey, int limit);

    /**
     * Customers and contact persons with a birthday whose advertising consent ended before {@code cutoff}: an
     * opt-out of every channel, or no channel whose newest advertising record is a grant; keys after
     * {@code afterKey} in key order, at most {@code limit}.
     */
    List<String> endedMarketingConsents(Instant cutoff, String afterKey, int limit);

    /** Deletes the birthday of a customer or contact person (its version moves on). Empty if none was held. */
    Optional<Map<String, Integer>> deleteMarketingProfile(String subjectKey, Destruction destruction);

    /** Accounts with contact-log entries that occurred before {@code cutoff}, after {@code afterKey}, in key order. */
    List<String> accountsWithContactLogsBefore(Instant cutoff, String afterKey, int limit);

    /** The time of the customer's (or its merged keys') last order, if it has any. */
    Optional<Instant> lastOrder(String customerKey);

    /** Deletes a customer without orders with everything about it. Empty if gone or it has orders now. */
    Optional<Map<String, Integer>> deleteCustomer(String customerKey, Destruction destruction);

    /**
     * Anonymises a customer with orders: the orders and their amounts stay under the key, the customer row loses
     * every personal field (a company keeps its name and business registration number, which are not personal
     * data), everything else about it is deleted. Empty if gone or anonymised already.
     */
    Optional<Map<String, Integer>> anonymiseCustomer(String customerKey, Destruction destruction);

    /**
     * Deletes what a law does not require to be kept of a customer whose orders must stay identified: contact logs,
     * tasks, segment memberships, sent mail, consents and its contact persons. Empty if gone.
     */
    Optional<Map<String, Integer>> deleteAllButOrderIdentity(String customerKey, Destruction destruction);

    /**
     * Marks a contact person restricted (처리정지) at {@code at}, unless marked before, and takes the person off the open
     * tasks that name him or her: task planning no longer picks the person.
     *
     * @return how many open tasks named the person; empty if there is no such contact person
     */
    Optional<Integer> restrictContactPerson(String contactKey, Instant at);

    /**
     * Notes that a carried-out restriction is lifted, and removes the person's restriction mark unless another
     * carried-out restriction of the same person is still in force.
     *
     * @return whether it was lifted now (false if it was lifted before)
     */
    boolean liftRestriction(long requestId, String subjectKey, Instant at, String by);

    /** Deletes one contact person with its contact logs, tasks, consents and sent mail. Empty if gone. */
    Optional<Map<String, Integer>> deleteContactPerson(String contactKey, Destruction destruction);

    /** Deletes the account's contact-log entries that occurred before {@code cutoff}. Empty if none. */
    Optional<Map<String, Integer>> deleteContactLogs(String accountKey, Instant cutoff, Destruction destruction);

    /** Deletes permission-history rows before {@code cutoff}, one log row for all. Empty if none. */
    Optional<Map<String, Integer>> deletePermissionHistory(Instant cutoff, Destruction destruction);

    /** The destruction log, newest first; category and key may be null. */
    List<DestructionEntry> destructionLog(RetentionCategory category, String customerKey, int limit);

    /** Every key the person's data is held under: the key, keys merged into it, its contact persons. */
    List<String> subjectKeys(String customerKey);

    /** Everything held under these keys, by area (see {@link kr.crm.api.privacy.SubjectData}). */
    Map<String, List<Map<String, Object>>> subjectData(List<String> keys);

    /** Stores a data-subject request row for a service request. */
    void saveSubjectRequest(SubjectRequest request);

    /** One data-subject request row. */
    Optional<SubjectRequest> subjectRequest(long requestId);

    /** Data-subject request rows, earliest due first; only those not carried out if {@code pendingOnly}. */
    List<SubjectRequest> subjectRequests(boolean pendingOnly, int limit);

    /** Notes that the data was gathered. */
    void markGathered(long requestId, Instant at);

    /** Notes that the right was carried out. */
    void markExecuted(long requestId, Instant at, String by, String outcome);
}
