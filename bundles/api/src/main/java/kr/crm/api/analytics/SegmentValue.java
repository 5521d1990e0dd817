package kr.crm.api.analytics;

import java.math.BigDecimal;

/**
 * The seed's segment LTV, from data: per group its size, retention, average purchase and cost
 * ratio, and the lifetime value they give (docs/analytics.md).
 *
 * @param group the group
 * @param customers customers in the group
 * @param active customers with orders in the window
 * @param retentionRate retained / previously active customers, four decimals (the configured rate without any)
 * @param averagePurchase revenue in the window / active customers, whole won
 * @param costRatio 1 - margin / revenue, four decimals
 * @param marginPerCustomer averagePurchase x (1 - costRatio), whole won
 * @param ltvPerCustomer marginPerCustomer x retention / (1 + discount - retention), whole won
 * @param ltvTotal ltvPerCustomer x customers
 * @param best the group with the highest total: the one to target
 */
public record SegmentValue(String group, long customers, long active, BigDecimal retentionRate,
        BigDecimal averagePurchase, BigDecimal costRatio, BigDecimal marginPerCustomer, BigDecimal ltvPerCustomer,
        BigDecimal ltvTotal, boolean best) {
}
