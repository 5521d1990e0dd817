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
 */
public record AccountMeasures(String accountKey, BigDecimal revenue, long orders, BigDecimal margin,
        Instant lastOrderAt, int recency, int frequency, int monetary) {

    /** Recency + frequency + monetary, 0-15. */
    public int rfm() {
        return recency + frequency + monetary;
    }
}
