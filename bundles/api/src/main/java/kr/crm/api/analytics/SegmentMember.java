package kr.crm.api.analytics;

import java.time.Instant;

/**
 * A customer in a segment.
 *
 * @param customerKey the customer
 * @param name its name
 * @param kind PERSON or COMPANY
 * @param cell its RFM cell now, null without orders in the window
 * @param enteredAt when it entered the segment
 */
public record SegmentMember(String customerKey, String name, String kind, String cell, Instant enteredAt) {
}
