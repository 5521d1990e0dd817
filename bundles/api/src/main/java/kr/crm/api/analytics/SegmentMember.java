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
 * @param grade the account's grade in force, null for persons and ungraded accounts (since 0.2)
 * @param recency R score 0-5 (0: no order in the window) (since 0.2)
 * @param frequency F score 0-5 (since 0.2)
 * @param monetary M score 0-5 (since 0.2)
 * @param region the customer's region, may be null (since 0.2)
 * @param ownerRep the owner rep, may be null (since 0.2)
 */
public record SegmentMember(String customerKey, String name, String kind, String cell, Instant enteredAt,
        String grade, int recency, int frequency, int monetary, String region, String ownerRep) {

    /** A member without the list columns of 0.2. */
    public SegmentMember(String customerKey, String name, String kind, String cell, Instant enteredAt) {
        this(customerKey, name, kind, cell, enteredAt, null, 0, 0, 0, null, null);
    }
}
