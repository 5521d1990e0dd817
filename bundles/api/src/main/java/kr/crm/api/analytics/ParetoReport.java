package kr.crm.api.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Cumulative revenue share against customer share, customers ranked by revenue in the period.
 *
 * @param from first day of the period
 * @param to last day of the period
 * @param customers customers with revenue above 0 in the period
 * @param revenue their revenue
 * @param topCustomers how many customers the top 20% is: ceil(0.2 x customers)
 * @param top20Share share of the revenue those bring, 0-1, four decimals
 * @param curve points from (0, 0) to (1, 1), at most 101
 */
public record ParetoReport(LocalDate from, LocalDate to, long customers, BigDecimal revenue, long topCustomers,
        BigDecimal top20Share, List<Point> curve) {

    /** @param customerShare share of customers, 0-1 @param revenueShare cumulative share of revenue, 0-1 */
    public record Point(BigDecimal customerShare, BigDecimal revenueShare) {
    }
}
