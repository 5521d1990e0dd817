package kr.crm.api.analytics;

import java.util.List;

/**
 * A segment to save or preview.
 *
 * @param name unique, at most 100 characters
 * @param description optional, at most 500 characters
 * @param conditions at least one, at most 20; all must hold
 */
public record SegmentDraft(String name, String description, List<SegmentCondition> conditions) {
}
