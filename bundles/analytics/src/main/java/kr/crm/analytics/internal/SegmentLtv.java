package kr.crm.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import kr.crm.api.analytics.AnalyticsSettings;
import kr.crm.api.analytics.GroupSums;
import kr.crm.api.analytics.SegmentValue;

/**
 * The seed's segment LTV from data (docs/analytics.md): per group, retention = customers with revenue
 * in both windows / customers with revenue in the previous one (the configured rate if none; at most
 * 0.99); average purchase = yearly revenue / active customers; cost ratio = 1 - margin / revenue;
 * margin per customer = yearly margin / active customers; LTV per customer = margin per customer x
 * retention / (1 + discount - retention); total = that x active customers. The highest total is the
 * group to target.
 */
final class SegmentLtv {
    static final BigDecimal MAX_RETENTION = new BigDecimal("0.99");

    private SegmentLtv() {
    }

    /** Over the stored measures: the window and the one before it; a year is 12 / windowMonths windows. */
    static List<SegmentValue> of(List<GroupSums> groups, AnalyticsSettings p) {
        return of(groups, p, BigDecimal.valueOf(12).divide(BigDecimal.valueOf(p.windowMonths()), 10,
                RoundingMode.HALF_UP));
    }

    /** Over a period of {@code days} days and the same length before it: a year is 365 / days periods. */
    static List<SegmentValue> ofPeriod(List<GroupSums> groups, AnalyticsSettings p, long days) {
        return of(groups, p, BigDecimal.valueOf(365).divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP));
    }

    private static List<SegmentValue> of(List<GroupSums> groups, AnalyticsSettings p, BigDecimal toYear) {
        List<SegmentValue> values = new ArrayList<>();
        for (GroupSums g : groups) {
            BigDecimal retention = g.previouslyActive() == 0 ? p.retentionRate()
                    : BigDecimal.valueOf(g.retained()).divide(BigDecimal.valueOf(g.previouslyActive()), 4,
                            RoundingMode.HALF_UP).min(MAX_RETENTION);
            BigDecimal active = BigDecimal.valueOf(Math.max(1, g.active()));
            BigDecimal purchase = g.active() == 0 ? BigDecimal.ZERO
                    : g.revenue().multiply(toYear).divide(active, 0, RoundingMode.HALF_UP);
            BigDecimal costRatio = g.revenue().signum() == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.ONE.subtract(g.margin().divide(g.revenue(), 4, RoundingMode.HALF_UP));
            BigDecimal margin = g.active() == 0 ? BigDecimal.ZERO
                    : g.margin().multiply(toYear).divide(active, 0, RoundingMode.HALF_UP);
            BigDecimal ltv = MeasureCalculator.perYear(margin, retention, p.discountRate());
            values.add(new SegmentValue(g.group(), g.customers(), g.active(), retention, purchase, costRatio, margin,
                    ltv, ltv.multiply(BigDecimal.valueOf(g.active())), false));
        }
        BigDecimal best = values.stream().map(SegmentValue::ltvTotal).max(BigDecimal::compareTo).orElse(null);
        return values.stream().map(v -> v.ltvTotal().compareTo(best) == 0 && best.signum() > 0
                ? new SegmentValue(v.group(), v.customers(), v.active(), v.retentionRate(), v.averagePurchase(),
                        v.costRatio(), v.marginPerCustomer(), v.ltvPerCustomer(), v.ltvTotal(), true)
                : v).toList();
    }
}
