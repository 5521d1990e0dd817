package kr.crm.api.grade;

import java.math.BigDecimal;

/**
 * How a policy values an account's lifetime: LTV = yearly margin x retention / (1 + discount -
 * retention), the standard formula for a customer kept each year with probability
 * {@code retentionRate}, margins discounted at {@code discountRate}. The yearly margin is the
 * margin the window's orders carry, scaled to 12 months; when no order carries one, the revenue
 * times {@code defaultMarginRate}.
 *
 * @param retentionRate share of accounts that buy again the next year, 0 to 0.99
 * @param discountRate yearly discount rate, 0 to 1
 * @param defaultMarginRate margin rate assumed where orders carry no margin, 0 to 1
 * @since 0.3
 */
public record LtvParameters(BigDecimal retentionRate, BigDecimal discountRate, BigDecimal defaultMarginRate) {
}
