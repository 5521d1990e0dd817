package kr.crm.grading.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.grade.LtvParameters;

/**
 * Lifetime value by the standard formula (domain.md, seed 003): yearly margin x retention /
 * (1 + discount - retention). The margin is what the window's orders carry, else the revenue times
 * the policy's default margin rate; scaled from the window to a year.
 */
final class LifetimeValue {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private LifetimeValue() {
    }

    /** The window's margin: what the orders carry, else estimated from the revenue. */
    static BigDecimal margin(AccountMeasures m, LtvParameters p) {
        return m.margin() != null ? m.margin() : m.revenue().multiply(p.defaultMarginRate());
    }

    static boolean estimated(AccountMeasures m) {
        return m.margin() == null;
    }

    /** The account's lifetime value, whole won. */
    static BigDecimal of(AccountMeasures m, GradingPolicy policy) {
        LtvParameters p = policy.ltv();
        BigDecimal yearly = margin(m, p).multiply(TWELVE).divide(BigDecimal.valueOf(policy.windowMonths()),
                MathContext.DECIMAL64);
        BigDecimal denominator = BigDecimal.ONE.add(p.discountRate()).subtract(p.retentionRate());
        return yearly.multiply(p.retentionRate()).divide(denominator, MathContext.DECIMAL64)
                .setScale(0, RoundingMode.HALF_UP);
    }
}
