package kr.crm.api.order;

import java.math.BigDecimal;

/**
 * A customer's orders of one calendar month (Asia/Seoul), cancelled ones left out.
 *
 * @param month the month as {@code yyyy-MM}
 * @param revenue sum of the order totals
 * @param orders how many orders
 * @since 0.3
 */
public record MonthlyRevenue(String month, BigDecimal revenue, long orders) {
}
