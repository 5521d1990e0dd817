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
 */
public record Segment(long id, String name, String description, List<SegmentCondition> conditions, long members,
        String createdBy, Instant createdAt) {
}
