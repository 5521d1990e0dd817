package kr.crm.api.analytics;

import java.time.Instant;
import java.util.List;

/**
 * A saved segment: rules over the measures and customer fields, its members kept up to date.
 *
 * @param id the segment
 * @param name its unique name
 * @param description what it is for
 * @param conditions its rules, normalised (canonical field names)
 * @param members customers in it now
 * @param createdBy who saved it
 * @param createdAt when
 * @param version changes with every edit; an edit names the version it read (since 0.2)
 * @param updatedBy who edited it last, null if never (since 0.2)
 * @param updatedAt when, null if never (since 0.2)
 */
public record Segment(long id, String name, String description, List<SegmentCondition> conditions, long members,
        String createdBy, Instant createdAt, long version, String updatedBy, Instant updatedAt) {

    /** A segment never edited (version 1). */
    public Segment(long id, String name, String description, List<SegmentCondition> conditions, long members,
            String createdBy, Instant createdAt) {
        this(id, name, description, conditions, members, createdBy, createdAt, 1, null, null);
    }
}
