package kr.crm.api.analytics;

import java.time.Instant;

/**
 * A customer entering or leaving a segment.
 *
 * @param customerKey the customer
 * @param change {@code ENTERED} or {@code LEFT}
 * @param at when
 */
public record SegmentChange(String customerKey, String change, Instant at) {
}
