package kr.crm.api.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The parameters the measures are computed with (configuration PID {@code kr.crm.analytics}), shown
 * beside every figure so it can be reproduced.
 *
 * @param windowMonths months back from today (Asia/Seoul, from midnight) that F, M, revenue and margin cover
 * @param retentionRate yearly retention in the LTV formula
 * @param discountRate yearly discount rate in the LTV formula
 * @param defaultMarginRate margin rate assumed for orders that carry no margin
 * @param offers the offer table as rules, first match wins, e.g. {@code F1-2:falling=6}
 * @param targetMinRecency a target customer has at least this R score
 * @param targetMinFrequency and at least this F score
 * @param profitableMinLtv a profitable customer has at least this lifetime value (KRW)
 */
public record AnalyticsSettings(int windowMonths, BigDecimal retentionRate, BigDecimal discountRate,
        BigDecimal defaultMarginRate, List<String> offers, int targetMinRecency, int targetMinFrequency,
        BigDecimal profitableMinLtv) {
}
