package kr.crm.analytics.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import kr.crm.api.analytics.AnalyticsSettings;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.analytics.OrderSums;
import kr.crm.api.analytics.Quadrant;

/** Turns a customer's order sums and RFM scores into its measures by the settings (docs/analytics.md). */
final class MeasureCalculator {
    private final Settings settings;

    MeasureCalculator(Settings settings) {
        this.settings = settings;
    }

    CustomerMeasures measures(OrderSums s, int[] rfm, Instant at) {
        AnalyticsSettings p = settings.shown();
        BigDecimal margin = s.carriedMargin().add(s.revenueWithoutMargin().multiply(p.defaultMarginRate()))
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal ltv = lifetimeValue(margin, p);
        int r = rfm[0];
        int f = rfm[1];
        int m = rfm[2];
        String cell = r > 0 ? "R" + r + "F" + f + "M" + m : null;
        boolean falling = s.revenue().compareTo(s.previousRevenue()) < 0;
        Integer offer = cell == null ? null : settings.offers().offer(f, falling);
        return new CustomerMeasures(s.customerKey(), s.kind(), s.firstOrderAt(), s.lastOrderAt(), s.ordersTotal(),
                s.revenueTotal(), s.orders(), s.revenue(), s.previousRevenue(), margin,
                s.revenueWithoutMargin().signum() > 0, r, f, m, cell, offer, ltv, quadrant(r, f, ltv, p), at);
    }

    /** Yearly margin (window margin x 12 / window months) x retention / (1 + discount - retention), whole won. */
    static BigDecimal lifetimeValue(BigDecimal windowMargin, AnalyticsSettings p) {
        BigDecimal yearly = windowMargin.multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(p.windowMonths()), MathContext.DECIMAL64);
        return perYear(yearly, p.retentionRate(), p.discountRate());
    }

    /** margin x retention / (1 + discount - retention), whole won. */
    static BigDecimal perYear(BigDecimal yearlyMargin, BigDecimal retention, BigDecimal discount) {
        BigDecimal denominator = BigDecimal.ONE.add(discount).subtract(retention);
        return yearlyMargin.multiply(retention).divide(denominator, MathContext.DECIMAL64)
                .setScale(0, RoundingMode.HALF_UP);
    }

    /** Target: R and F at least the configured minima; profitable: LTV at least the configured minimum. */
    static Quadrant quadrant(int r, int f, BigDecimal ltv, AnalyticsSettings p) {
        boolean target = r >= p.targetMinRecency() && f >= p.targetMinFrequency();
        boolean profitable = ltv.compareTo(p.profitableMinLtv()) >= 0 && ltv.signum() > 0;
        if (target) {
            return profitable ? Quadrant.RETAIN : Quadrant.CONVERT;
        }
        return profitable ? Quadrant.OBSERVE : Quadrant.DROP;
    }
}
