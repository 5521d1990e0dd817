package kr.crm.api.analytics;

import java.math.BigDecimal;

/**
 * Sums of stored measures over one group of customers (a grade, a quadrant, a segment).
 *
 * @param group the group's name
 * @param customers customers in the group
 * @param active customers with orders in the window
 * @param previouslyActive customers with revenue in the window before
 * @param retained customers with revenue in both
 * @param revenue revenue in the window
 * @param margin margin in the window
 */
public record GroupSums(String group, long customers, long active, long previouslyActive, long retained,
        BigDecimal revenue, BigDecimal margin) {
}
