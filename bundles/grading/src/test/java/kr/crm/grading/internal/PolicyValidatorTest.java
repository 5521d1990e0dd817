package kr.crm.grading.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kr.crm.api.common.ValidationException;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeBand;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.grade.LtvParameters;
import org.junit.jupiter.api.Test;

class PolicyValidatorTest {

    private static GradingPolicy with(List<GradeBand> bands, int months) {
        return new GradingPolicy(1, months, true, bands, RegraderTest.LTV, true, null, null);
    }

    private static String field(GradingPolicy p) {
        try {
            PolicyValidator.check(p);
            return null;
        } catch (ValidationException e) {
            return e.field();
        }
    }

    @Test
    void theDefaultIsValidAndComesBackOrderedSToC() {
        List<GradeBand> reversed = new ArrayList<>(RegraderTest.POLICY.bands());
        java.util.Collections.reverse(reversed);
        assertThat(PolicyValidator.check(with(reversed, 12))).extracting(GradeBand::grade)
                .containsExactly(Grade.S, Grade.A, Grade.B, Grade.C);
    }

    @Test
    void errorsNameTheField() {
        List<GradeBand> bands = new ArrayList<>(RegraderTest.POLICY.bands());
        assertThat(field(with(bands, 0))).isEqualTo("windowMonths");
        assertThat(field(with(bands.subList(0, 3), 12))).isEqualTo("bands");
        bands.set(1, new GradeBand(Grade.A, new BigDecimal("900000000"), 4, 0, null, null));
        assertThat(field(with(bands, 12))).isEqualTo("bands[1].minRevenue");
        bands.set(1, new GradeBand(Grade.A, BigDecimal.ONE.negate(), 4, 0, null, null));
        assertThat(field(with(bands, 12))).isEqualTo("bands[1].minRevenue");
        bands.set(1, new GradeBand(Grade.D, BigDecimal.ONE, 4, 0, null, null));
        assertThat(field(with(bands, 12))).isEqualTo("bands[1].grade");
        assertThatThrownBy(() -> PolicyValidator.check(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void marginAndLtvMinimaMustNotRiseAndRatesMustBeInRange() {
        List<GradeBand> bands = new ArrayList<>(RegraderTest.POLICY.bands());
        bands.set(2, new GradeBand(Grade.B, new BigDecimal("20000000"), 2, 0, new BigDecimal("5000000"), null));
        assertThat(field(with(bands, 12))).as("B asks for margin where A does not").isEqualTo("bands[2].minMargin");
        bands.set(1, new GradeBand(Grade.A, new BigDecimal("100000000"), 4, 0, new BigDecimal("9000000"),
                new BigDecimal("-1")));
        assertThat(field(with(bands, 12))).isEqualTo("bands[1].minLtv");
        assertThatThrownBy(() -> PolicyValidator.checkLtv(new LtvParameters(new BigDecimal("1.2"), BigDecimal.ZERO,
                BigDecimal.ZERO))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("ltv.retentionRate"));
        assertThatThrownBy(() -> PolicyValidator.checkLtv(new LtvParameters(new BigDecimal("0.5"), null,
                BigDecimal.ZERO))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("ltv.discountRate"));
        assertThat(PolicyValidator.checkLtv(RegraderTest.LTV)).isEqualTo(RegraderTest.LTV);
    }
}
