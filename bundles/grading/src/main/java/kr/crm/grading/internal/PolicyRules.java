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
 * is D if the policy says so. The rule "an account with an open complaint cannot be S" waits for
 * complaints (contact log issue); {@link #grade} is where it goes.
 */
final class PolicyRules {
    private PolicyRules() {
    }

    /** A computed grade and its reasons, in words. */
    record Verdict(Grade grade, List<String> reasons) {
    }

    static Verdict grade(GradingPolicy policy, AccountMeasures m) {
        List<String> reasons = new ArrayList<>();
        reasons.add(describe(policy, m));
        if (m.orders() == 0 && policy.noOrdersIsD()) {
            reasons.add("no orders in the window: D");
            return new Verdict(Grade.D, reasons);
        }
        for (GradeBand band : policy.bands()) {
            if (meets(band, m)) {
                reasons.add("meets " + band.grade() + ": " + band(band));
                return new Verdict(band.grade(), reasons);
            }
        }
        reasons.add("meets no band: D");
        return new Verdict(Grade.D, reasons);
    }

    static boolean meets(GradeBand band, AccountMeasures m) {
        return m.revenue().compareTo(band.minRevenue()) >= 0 && m.orders() >= band.minOrders()
                && m.rfm() >= band.minRfm();
    }

    private static String describe(GradingPolicy policy, AccountMeasures m) {
        String text = "revenue " + money(m.revenue()) + " KRW and " + m.orders() + " orders in "
                + policy.windowMonths() + " months, RFM " + m.recency() + "+" + m.frequency() + "+" + m.monetary()
                + "=" + m.rfm();
        return m.margin() == null ? text : text + ", margin " + money(m.margin()) + " KRW";
    }

    private static String band(GradeBand band) {
        return "revenue >= " + money(band.minRevenue()) + ", orders >= " + band.minOrders() + ", RFM >= "
                + band.minRfm();
    }

    private static String money(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(amount);
    }
}
