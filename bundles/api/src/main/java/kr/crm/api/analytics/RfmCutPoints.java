package kr.crm.api.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where the R, F and M scores of the last full recompute changed: per dimension, the highest value
 * that got score 1, 2, 3 and 4 (null where no customer got it). An order rescoring one customer is
 * scored against them instead of ranking everyone again.
 *
 * @param computedAt when the full recompute read the orders
 * @param windowMonths the window it used
 * @param population customers with orders in the window
 * @param recency last-order times, epoch milliseconds
 * @param frequency order counts
 * @param monetary revenues
 */
public record RfmCutPoints(Instant computedAt, int windowMonths, long population, List<Long> recency,
        List<Long> frequency, List<BigDecimal> monetary) {
}
