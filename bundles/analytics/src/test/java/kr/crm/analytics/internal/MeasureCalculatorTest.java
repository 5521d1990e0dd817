package kr.crm.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.analytics.OrderSums;
import kr.crm.api.analytics.Quadrant;
import org.junit.jupiter.api.Test;

class MeasureCalculatorTest {

    static AnalyticsConfig config(int window, String minLtv, String... offers) {
        AnalyticsConfig c = mock(AnalyticsConfig.class);
        when(c.windowMonths()).thenReturn(window);
        when(c.retentionRate()).thenReturn("0.75");
        when(c.discountRate()).thenReturn("0.10");
        when(c.defaultMarginRate()).thenReturn("0.10");
        when(c.offers()).thenReturn(offers.length == 0 ? new String[] {"F1-2:falling=6", "F1-3=5", "F4=3", "F5=0"}
                : offers);
        when(c.targetMinRecency()).thenReturn(3);
        when(c.targetMinFrequency()).thenReturn(2);
        when(c.profitableMinLtv()).thenReturn(minLtv);
        return c;
    }

    private static OrderSums sums(long revenue, long previous, long carried, long withoutMargin) {
        Instant at = Instant.parse("2026-10-01T00:00:00Z");
        return new OrderSums("C1", "PERSON", at, at, 4, BigDecimal.valueOf(revenue), 4, BigDecimal.valueOf(revenue),
                BigDecimal.valueOf(previous), BigDecimal.valueOf(carried), BigDecimal.valueOf(withoutMargin));
    }

    @Test
    void lifetimeValueIsYearlyMarginTimesRetentionOverOnePlusDiscountMinusRetention() {
        MeasureCalculator calc = new MeasureCalculator(Settings.of(config(12, "1000000")));
        // margin 2,000,000 carried + 10% of 10,000,000 without margin = 3,000,000; 3e6 x 0.75 / 0.35 = 6,428,571.43
        CustomerMeasures m = calc.measures(sums(30_000_000, 0, 2_000_000, 10_000_000), new int[] {4, 3, 5},
                Instant.EPOCH);
        assertThat(m.margin()).isEqualByComparingTo("3000000");
        assertThat(m.marginEstimated()).isTrue();
        assertThat(m.lifetimeValue()).isEqualByComparingTo("6428571");
        assertThat(m.cell()).isEqualTo("R4F3M5");
        assertThat(m.quadrant()).isEqualTo(Quadrant.RETAIN);
    }

    @Test
    void aSixMonthWindowDoublesTheMarginToAYear() {
        MeasureCalculator calc = new MeasureCalculator(Settings.of(config(6, "1000000")));
        CustomerMeasures m = calc.measures(sums(1_000_000, 0, 100_000, 0), new int[] {1, 1, 1}, Instant.EPOCH);
        // 200,000 a year x 0.75 / 0.35 = 428,571.43
        assertThat(m.lifetimeValue()).isEqualByComparingTo("428571");
        assertThat(m.marginEstimated()).isFalse();
        assertThat(m.quadrant()).isEqualTo(Quadrant.DROP);
    }

    @Test
    void quadrantsFollowTargetAndProfitable() {
        var p = Settings.of(config(12, "1000000")).shown();
        assertThat(MeasureCalculator.quadrant(3, 2, new BigDecimal("1000000"), p)).isEqualTo(Quadrant.RETAIN);
        assertThat(MeasureCalculator.quadrant(3, 2, new BigDecimal("999999"), p)).isEqualTo(Quadrant.CONVERT);
        assertThat(MeasureCalculator.quadrant(2, 5, new BigDecimal("5000000"), p)).isEqualTo(Quadrant.OBSERVE);
        assertThat(MeasureCalculator.quadrant(5, 1, BigDecimal.ZERO, p)).isEqualTo(Quadrant.DROP);
    }

    @Test
    void theOfferTableFollowsTheSeed() {
        MeasureCalculator calc = new MeasureCalculator(Settings.of(config(12, "1")));
        assertThat(calc.measures(sums(100, 200, 0, 100), new int[] {3, 1, 2}, Instant.EPOCH).offerPercent())
                .isEqualTo(6);
        assertThat(calc.measures(sums(300, 200, 0, 300), new int[] {3, 2, 2}, Instant.EPOCH).offerPercent())
                .isEqualTo(5);
        assertThat(calc.measures(sums(300, 200, 0, 300), new int[] {3, 4, 2}, Instant.EPOCH).offerPercent())
                .isEqualTo(3);
        assertThat(calc.measures(sums(300, 900, 0, 300), new int[] {3, 5, 2}, Instant.EPOCH).offerPercent())
                .isEqualTo(0);
        assertThat(calc.measures(sums(0, 900, 0, 0), new int[] {0, 0, 0}, Instant.EPOCH).offerPercent()).isNull();
    }

    @Test
    void aBadSettingIsRefusedByName() {
        assertThatThrownBy(() -> Settings.of(config(12, "1", "F6=3"))).hasMessageContaining("offers[0]");
        AnalyticsConfig c = config(12, "1");
        when(c.retentionRate()).thenReturn("1.2");
        assertThatThrownBy(() -> Settings.of(c)).hasMessageContaining("retentionRate");
    }
}
