package kr.crm.api.grade;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What an account's linked, not cancelled orders say, over the policy's rolling window.
 *
 * @param accountKey the account
 * @param revenue sum of order totals in the window
 * @param orders number of orders in the window
 * @param margin sum of the margins the orders carry, null if none carries one
 * @param lastOrderAt the latest order ever, null if none
 * @param recency RFM recency score 1-5 among accounts with orders in the window (5 = most recent), 0 if none
 * @param frequency RFM frequency score 1-5, 0 if no orders in the window
 * @param monetary RFM monetary score 1-5, 0 if no orders in the window
 * @param lifetimeValue lifetime value by the policy's {@link LtvParameters}, null until valued (since 0.3)
 * @param openComplaints complaints of the contact log not resolved (since 0.3)
 */
public record AccountMeasures(String accountKey, BigDecimal revenue, long orders, BigDecimal margin,
        Instant lastOrderAt, int recency, int frequency, int monetary, BigDecimal lifetimeValue, int openComplaints) {

    /** These measures with RFM scores. @since 0.3 */
    public AccountMeasures withScores(int r, int f, int m) {
        return new AccountMeasures(accountKey, revenue, orders, margin, lastOrderAt, r, f, m, lifetimeValue,
                openComplaints);
    }

    /** These measures with a lifetime value. @since 0.3 */
    public AccountMeasures withLifetimeValue(BigDecimal value) {
        return new AccountMeasures(accountKey, revenue, orders, margin, lastOrderAt, recency, frequency, monetary,
                value, openComplaints);
    }

    /** Recency + frequency + monetary, 0-15. */
    public int rfm() {
        return recency + frequency + monetary;
    }
}
