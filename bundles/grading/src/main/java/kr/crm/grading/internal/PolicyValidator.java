package kr.crm.grading.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.crm.api.common.ValidationException;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeBand;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.grade.LtvParameters;

/**
 * Checks a policy draft: a window of 1-120 months, one band each for S, A, B and C whose minima
 * do not rise from S down to C, and the lifetime-value parameters. Errors name the field, e.g. {@code bands[1].minRevenue}.
 */
final class PolicyValidator {
    private static final List<Grade> BANDED = List.of(Grade.S, Grade.A, Grade.B, Grade.C);

    private PolicyValidator() {
    }

    /** @return the bands ordered S to C */
    static List<GradeBand> check(GradingPolicy draft) {
        if (draft == null) {
            throw new ValidationException("body", "is required");
        }
        if (draft.windowMonths() < 1 || draft.windowMonths() > 120) {
            throw new ValidationException("windowMonths", "must be 1 to 120");
        }
        List<GradeBand> bands = draft.bands();
        if (bands == null || bands.size() != BANDED.size()) {
            throw new ValidationException("bands", "must hold exactly one band for each of S, A, B and C");
        }
        for (int i = 0; i < bands.size(); i++) {
            GradeBand b = bands.get(i);
            String at = "bands[" + i + "]";
            if (b == null || b.grade() == null || !BANDED.contains(b.grade())) {
                throw new ValidationException(at + ".grade", "must be S, A, B or C");
            }
            if (b.minRevenue() == null || b.minRevenue().signum() < 0) {
                throw new ValidationException(at + ".minRevenue", "must be 0 or more");
            }
            if (b.minOrders() < 0) {
                throw new ValidationException(at + ".minOrders", "must be 0 or more");
            }
            if (b.minRfm() < 0 || b.minRfm() > 15) {
                throw new ValidationException(at + ".minRfm", "must be 0 to 15");
            }
            if (b.minMargin() != null && b.minMargin().signum() < 0) {
                throw new ValidationException(at + ".minMargin", "must be 0 or more, or absent for no minimum");
            }
            if (b.minLtv() != null && b.minLtv().signum() < 0) {
                throw new ValidationException(at + ".minLtv", "must be 0 or more, or absent for no minimum");
            }
        }
        if (bands.stream().map(GradeBand::grade).distinct().count() != BANDED.size()) {
            throw new ValidationException("bands", "must hold exactly one band for each of S, A, B and C");
        }
        List<GradeBand> ordered = new ArrayList<>(bands);
        ordered.sort(Comparator.comparing(GradeBand::grade));
        for (int i = 1; i < ordered.size(); i++) {
            GradeBand better = ordered.get(i - 1);
            GradeBand worse = ordered.get(i);
            String at = "bands[" + bands.indexOf(worse) + "]";
            if (worse.minRevenue().compareTo(better.minRevenue()) > 0) {
                throw new ValidationException(at + ".minRevenue", "must not exceed the band of " + better.grade());
            }
            if (worse.minOrders() > better.minOrders()) {
                throw new ValidationException(at + ".minOrders", "must not exceed the band of " + better.grade());
            }
            if (worse.minRfm() > better.minRfm()) {
                throw new ValidationException(at + ".minRfm", "must not exceed the band of " + better.grade());
            }
            if (rises(worse.minMargin(), better.minMargin())) {
                throw new ValidationException(at + ".minMargin", "must not exceed the band of " + better.grade());
            }
            if (rises(worse.minLtv(), better.minLtv())) {
                throw new ValidationException(at + ".minLtv", "must not exceed the band of " + better.grade());
            }
        }
        return List.copyOf(ordered);
    }

    /** A worse band's minimum above the better band's (no minimum counts as 0). */
    private static boolean rises(BigDecimal worse, BigDecimal better) {
        return worse != null && worse.compareTo(better == null ? BigDecimal.ZERO : better) > 0;
    }

    /** Checks the lifetime-value parameters: retention 0-0.99, discount 0-1, default margin rate 0-1. */
    static LtvParameters checkLtv(LtvParameters ltv) {
        if (ltv == null) {
            throw new ValidationException("ltv", "is required: retentionRate, discountRate, defaultMarginRate");
        }
        within(ltv.retentionRate(), "ltv.retentionRate", "0.99");
        within(ltv.discountRate(), "ltv.discountRate", "1");
        within(ltv.defaultMarginRate(), "ltv.defaultMarginRate", "1");
        if (ltv.retentionRate().scale() > 4 || ltv.discountRate().scale() > 4 || ltv.defaultMarginRate().scale() > 4) {
            throw new ValidationException("ltv", "rates have at most 4 decimals");
        }
        return ltv;
    }

    private static void within(BigDecimal rate, String field, String most) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(new BigDecimal(most)) > 0) {
            throw new ValidationException(field, "is required, from 0 to " + most);
        }
    }
}
