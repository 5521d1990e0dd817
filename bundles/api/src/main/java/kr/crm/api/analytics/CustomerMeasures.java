package kr.crm.api.analytics;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's measures as the last recompute left them (docs/analytics.md has every formula).
 *
 * @param customerKey the customer
 * @param kind {@code PERSON} or {@code COMPANY}
 * @param firstOrderAt first order ever, null without orders
 * @param lastOrderAt latest order ever, null without orders
 * @param ordersTotal orders ever
 * @param revenueTotal revenue ever
 * @param orders orders in the window
 * @param revenue revenue in the window
 * @param previousRevenue revenue in the window before
 * @param margin the window's margin: carried by the orders, else revenue x the default margin rate
 * @param marginEstimated whether some of the margin was estimated
 * @param recency R score 1-5 among customers with orders in the window (5 = most recent), 0 without
 * @param frequency F score 1-5, 0 without orders in the window
 * @param monetary M score 1-5, 0 without orders in the window
 * @param cell the RFM cell such as {@code R5F4M3}, null without orders in the window
 * @param offerPercent the discount the offer table gives (0 = no discount), null without a cell
 * @param lifetimeValue yearly margin x retention / (1 + discount - retention), whole won
 * @param quadrant the retention-matrix quadrant
 * @param computedAt when these values were last written
 */
public record CustomerMeasures(String customerKey, String kind, Instant firstOrderAt, Instant lastOrderAt,
        long ordersTotal, BigDecimal revenueTotal, long orders, BigDecimal revenue, BigDecimal previousRevenue,
        BigDecimal margin, boolean marginEstimated, int recency, int frequency, int monetary, String cell,
        Integer offerPercent, BigDecimal lifetimeValue, Quadrant quadrant, Instant computedAt) {

    /** The same values, ignoring {@link #computedAt}: whether a recompute has anything to write. */
    public boolean sameValues(CustomerMeasures o) {
        return o != null && customerKey.equals(o.customerKey) && kind.equals(o.kind)
                && java.util.Objects.equals(firstOrderAt, o.firstOrderAt)
                && java.util.Objects.equals(lastOrderAt, o.lastOrderAt) && ordersTotal == o.ordersTotal
                && revenueTotal.compareTo(o.revenueTotal) == 0 && orders == o.orders
                && revenue.compareTo(o.revenue) == 0 && previousRevenue.compareTo(o.previousRevenue) == 0
                && margin.compareTo(o.margin) == 0 && marginEstimated == o.marginEstimated && recency == o.recency
                && frequency == o.frequency && monetary == o.monetary && java.util.Objects.equals(cell, o.cell)
                && java.util.Objects.equals(offerPercent, o.offerPercent)
                && lifetimeValue.compareTo(o.lifetimeValue) == 0 && quadrant == o.quadrant;
    }
}
