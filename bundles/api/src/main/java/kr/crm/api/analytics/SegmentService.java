package kr.crm.api.analytics;

import java.util.List;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.security.AccountScope;
import org.osgi.annotation.versioning.ProviderType;

/** Saved segments over the customer measures, their materialised members and membership history. */
@ProviderType
public interface SegmentService {

    /** How many customers the rules select now, without saving anything. */
    long preview(List<SegmentCondition> conditions);

    /** Saves a segment and fills its members. @throws kr.crm.api.common.ValidationException naming the field */
    Segment create(SegmentDraft draft, String user);

    List<Segment> list();

    /**
     * Replaces a segment's name, description and rules if it is still at {@code version}, then
     * re-materialises its members: who no longer meets the rules leaves, who now does enters, each
     * change in the history.
     *
     * @throws kr.crm.api.common.StaleVersionException if someone else changed it since; nothing is written
     * @throws kr.crm.api.common.NotFoundException if there is none
     * @throws kr.crm.api.common.ValidationException naming the field
     * @since 0.2
     */
    default Segment update(long id, long version, SegmentDraft draft, String user) {
        throw new UnsupportedOperationException("update");
    }

    /** @throws kr.crm.api.common.NotFoundException if there is none */
    Segment get(long id);

    /** Deletes the segment with its members and history. @throws kr.crm.api.common.NotFoundException */
    void delete(long id);

    /** Members by name, all of them. */
    default Page<SegmentMember> members(long id, PageRequest page) {
        return members(id, page, AccountScope.everything());
    }

    /**
     * Members by name, of those {@code scope} lets through; the total counts those too (the segment's own size
     * stays the company-wide count).
     *
     * @since 0.3
     */
    Page<SegmentMember> members(long id, PageRequest page, AccountScope scope);

    /** Entries and exits, latest first. */
    List<SegmentChange> history(long id, int limit);

    /** The segments a customer (or the survivor of a merged key) belongs to. */
    List<Segment> segmentsOf(String customerKey);
}
