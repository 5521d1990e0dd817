package kr.crm.api.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.analytics.Segment;
import kr.crm.api.analytics.SegmentChange;
import kr.crm.api.analytics.SegmentMember;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.security.AccountScope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Saved segments, their members and membership history; the selection of customers by rules over
 * customer_measure and the customer fields.
 *
 * @since 2.4
 */
@ProviderType
public interface SegmentStore {

    /**
     * A checked rule: {@code field} one of the canonical names of docs/analytics.md (the store maps each
     * to its column and refuses others), {@code op} one of = != &lt; &lt;= &gt; &gt;= in, {@code values}
     * typed (numbers as BigDecimal or Long, text as String), one unless {@code in}.
     */
    record Rule(String field, String op, List<Object> values) {
    }

    /** Customers meeting every rule. */
    long count(List<Rule> rules);

    /** Keys of customers meeting every rule, of {@code among} only unless null. */
    Set<String> matching(List<Rule> rules, Collection<String> among);

    /** @return the new segment's id, or empty if the name is taken */
    Optional<Long> create(String name, String description, String conditionsText, String user, Instant at);

    /** Every segment with its conditions as saved (text) and member count. */
    List<StoredSegment> segments();

    /** What {@link #update} did. @since 2.5 */
    enum Update { DONE, STALE, NAME_TAKEN }

    /**
     * Replaces name, description and conditions and advances the version by one, only where the
     * stored version is still {@code version} (a conditional UPDATE: of two concurrent edits one wins).
     *
     * @return STALE if the version moved on or the segment is gone, NAME_TAKEN if another segment has the name
     * @since 2.5
     */
    default Update update(long id, long version, String name, String description, String conditionsText,
            String user, Instant at) {
        throw new UnsupportedOperationException("update");
    }

    Optional<StoredSegment> segment(long id);

    boolean delete(long id);

    /** Members' keys, of {@code among} only unless null. */
    Set<String> members(long id, Collection<String> among);

    /** Adds and removes members and records each entry and exit at {@code at}. */
    void changeMembers(long id, Collection<String> entered, Collection<String> left, Instant at);

    default Page<SegmentMember> memberPage(long id, PageRequest page) {
        return memberPage(id, page, AccountScope.everything());
    }

    /** A page of the members {@code scope} lets through, by name, with their count. @since 2.12 */
    Page<SegmentMember> memberPage(long id, PageRequest page, AccountScope scope);

    List<SegmentChange> history(long id, int limit);

    /** Ids of the segments the customer is in. */
    List<Long> segmentsOf(String customerKey);

    /** A segment as stored: its conditions are text the analytics bundle encodes and reads. */
    record StoredSegment(long id, String name, String description, String conditionsText, long members,
            String createdBy, Instant createdAt, long version, String updatedBy, Instant updatedAt) {

        /** A segment never edited (version 1). */
        public StoredSegment(long id, String name, String description, String conditionsText, long members,
                String createdBy, Instant createdAt) {
            this(id, name, description, conditionsText, members, createdBy, createdAt, 1, null, null);
        }

        public Segment toSegment(List<kr.crm.api.analytics.SegmentCondition> conditions) {
            return new Segment(id, name, description, conditions, members, createdBy, createdAt, version, updatedBy,
                    updatedAt);
        }
    }
}
