package kr.crm.api.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Customers whose first order fell in one month, and the share of them ordering in each month since.
 *
 * @param cohort {@code yyyy-MM} of the first order, Asia/Seoul
 * @param customers customers in the cohort
 * @param retention for month 0, 1, 2 … after the cohort month (up to the period's end): the share
 *        with an order in that month, four decimals; month 0 is 1
 */
public record CohortRow(String cohort, long customers, List<BigDecimal> retention) {
}
