package kr.crm.grading.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeBand;
import kr.crm.api.grade.GradingPolicy;

/**
 * Applies a policy to one account's measures: the best band met, else D; no orders in the window
 * is D if the policy says so. Margin and lifetime value minima apply where a band sets them; with
 * {@code openComplaintNotS}, an account with an open complaint is A at best.
 */
final class PolicyRules {
    private PolicyRules() {
    }

    /**
     * A computed grade, the band met (null for D), and the measures with the lifetime value it was
     * graded by; its reasons in words are written only when asked for (a run writes few).
     */
    record Verdict(Grade grade, GradeBand band, AccountMeasures measures, GradingPolicy policy) {
        List<String> reasons() {
            List<String> reasons = new ArrayList<>();
            reasons.add(describe(policy, measures));
            if (cappedByComplaints(policy, measures)) {
                reasons.add(measures.openComplaints() + " open complaint(s): S is not given while one is open");
            }
            if (band != null) {
                reasons.add("meets " + band.grade() + ": " + PolicyRules.band(band));
            } else if (measures.orders() == 0 && policy.noOrdersIsD()) {
                reasons.add("no orders in the window: D");
            } else {
                reasons.add("meets no band: D");
            }
            return reasons;
        }
    }

    static Verdict grade(GradingPolicy policy, AccountMeasures unvalued) {
        AccountMeasures m = unvalued.withLifetimeValue(LifetimeValue.of(unvalued, policy));
        if (m.orders() == 0 && policy.noOrdersIsD()) {
            return new Verdict(Grade.D, null, m, policy);
        }
        for (GradeBand band : policy.bands()) {
            if (band.grade() == Grade.S && cappedByComplaints(policy, m)) {
                continue;
            }
            if (meets(band, m, policy)) {
                return new Verdict(band.grade(), band, m, policy);
            }
        }
        return new Verdict(Grade.D, null, m, policy);
    }

    /** The policy's optional rule: an account with an open complaint is A at best. */
    static boolean cappedByComplaints(GradingPolicy policy, AccountMeasures m) {
        return Boolean.TRUE.equals(policy.openComplaintNotS()) && m.openComplaints() > 0;
    }

    static boolean meets(GradeBand band, AccountMeasures m, GradingPolicy policy) {
        return m.revenue().compareTo(band.minRevenue()) >= 0 && m.orders() >= band.minOrders()
                && m.rfm() >= band.minRfm()
                && (band.minMargin() == null
                        || LifetimeValue.margin(m, policy.ltv()).compareTo(band.minMargin()) >= 0)
                && (band.minLtv() == null || m.lifetimeValue().compareTo(band.minLtv()) >= 0);
    }

    private static String describe(GradingPolicy policy, AccountMeasures m) {
        return "revenue " + money(m.revenue()) + " KRW and " + m.orders() + " orders in " + policy.windowMonths()
                + " months, RFM " + m.recency() + "+" + m.frequency() + "+" + m.monetary() + "=" + m.rfm()
                + ", margin " + money(LifetimeValue.margin(m, policy.ltv())) + " KRW"
                + (LifetimeValue.estimated(m) ? " (estimated at " + percent(policy.ltv().defaultMarginRate())
                        + " of revenue)" : "")
                + ", LTV " + money(m.lifetimeValue()) + " KRW (retention " + percent(policy.ltv().retentionRate())
                + ", discount " + percent(policy.ltv().discountRate()) + ")";
    }

    private static String band(GradeBand band) {
        return "revenue >= " + money(band.minRevenue()) + ", orders >= " + band.minOrders() + ", RFM >= "
                + band.minRfm() + (band.minMargin() == null ? "" : ", margin >= " + money(band.minMargin()))
                + (band.minLtv() == null ? "" : ", LTV >= " + money(band.minLtv()));
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String money(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(amount);
    }
}
