package kr.crm.api.grade;

import java.math.BigDecimal;

/**
 * What an account needs, all at once, to get a grade.
 *
 * @param grade S, A, B or C (D is what is left)
 * @param minRevenue least revenue in the window
 * @param minOrders least number of orders in the window
 * @param minRfm least RFM sum (0-15)
 * @param minMargin least margin in the window (estimated from revenue where orders carry none), null for no minimum (since 0.3)
 * @param minLtv least lifetime value by the policy's {@link LtvParameters}, null for no minimum (since 0.3)
 */
public record GradeBand(Grade grade, BigDecimal minRevenue, int minOrders, int minRfm, BigDecimal minMargin,
        BigDecimal minLtv) {
}
