package kr.crm.api.grade;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where the RFM scores of the last full re-grade changed: per dimension, the highest value that got
 * score 1, 2, 3 and 4 (a value above the fourth got 5). Scoring one account against them gives the
 * score a full re-grade would give it as long as the other accounts stay as they were, so an order
 * re-grades its account without ranking every account again.
 *
 * @param policyVersion the policy the full run graded by
 * @param computedAt when the full run read the measures
 * @param population accounts with orders in the window that were ranked
 * @param recency highest last-order time (epoch milliseconds) of scores 1-4, null where no account had the score
 * @param frequency highest order count of scores 1-4, null where none
 * @param monetary highest revenue of scores 1-4, null where none
 * @since 0.3
 */
public record RfmCuts(long policyVersion, Instant computedAt, long population, List<Long> recency,
        List<Long> frequency, List<BigDecimal> monetary) {
}
