package kr.crm.grading.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.crm.api.common.ValidationException;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeBand;
import kr.crm.api.grade.GradingPolicy;

/**
 * Checks a policy draft: a window of 1-120 months and one band each for S, A, B and C whose
 * minima do not rise from S down to C. Errors name the field, e.g. {@code bands[1].minRevenue}.
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
        }
        return List.copyOf(ordered);
    }
}
