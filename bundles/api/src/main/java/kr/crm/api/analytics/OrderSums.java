package kr.crm.api.analytics;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a customer's not cancelled orders add up to (orders of keys merged into it included), as the
 * store reads them; the analytics bundle scores them.
 *
 * @param customerKey the customer (a person or a company, not merged away)
 * @param kind {@code PERSON} or {@code COMPANY}
 * @param firstOrderAt the first order ever, null without orders
 * @param lastOrderAt the latest order ever, null without orders
 * @param ordersTotal orders ever
 * @param revenueTotal revenue ever
 * @param orders orders in the window
 * @param revenue revenue in the window
 * @param previousRevenue revenue in the window before it (as long, just before)
 * @param carriedMargin sum of the margins the window's orders carry
 * @param revenueWithoutMargin revenue of the window's orders that carry no margin
 */
public record OrderSums(String customerKey, String kind, Instant firstOrderAt, Instant lastOrderAt, long ordersTotal,
        BigDecimal revenueTotal, long orders, BigDecimal revenue, BigDecimal previousRevenue, BigDecimal carriedMargin,
        BigDecimal revenueWithoutMargin) {
}
