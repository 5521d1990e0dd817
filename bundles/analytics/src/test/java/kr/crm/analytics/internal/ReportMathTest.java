package kr.crm.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kr.crm.api.analytics.GroupSums;
import kr.crm.api.analytics.ParetoReport;
import kr.crm.api.analytics.SegmentValue;
import org.junit.jupiter.api.Test;

class ReportMathTest {

    private static List<BigDecimal> amounts(long... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void paretoSharesOfTenCustomers() {
        // 10 customers: the top 2 (20%) bring 800 of 1,000
        ParetoReport r = ParetoCurve.of(amounts(500, 300, 50, 40, 30, 25, 20, 15, 10, 10), LocalDate.MIN,
                LocalDate.MAX);
        assertThat(r.customers()).isEqualTo(10);
        assertThat(r.topCustomers()).isEqualTo(2);
        assertThat(r.top20Share()).isEqualByComparingTo("0.8000");
        assertThat(r.curve()).hasSize(11);
        assertThat(r.curve().get(1).revenueShare()).isEqualByComparingTo("0.5000");
        assertThat(r.curve().get(10).revenueShare()).isEqualByComparingTo("1");
    }

    @Test
    void paretoOfSevenCustomersRoundsTheTopUp() {
        // ceil(0.2 x 7) = 2 customers: (70 + 10) / 100
        ParetoReport r = ParetoCurve.of(amounts(10, 70, 5, 5, 4, 3, 3, 0), LocalDate.MIN, LocalDate.MAX);
        assertThat(r.customers()).isEqualTo(7);
        assertThat(r.topCustomers()).isEqualTo(2);
        assertThat(r.top20Share()).isEqualByComparingTo("0.8000");
    }

    @Test
    void theSeedsSegmentExampleComesOutOfTheFormula() {
        var p = Settings.of(MeasureCalculatorTest.config(12, "1")).shown();
        // seed 003: clusters of 200/300/500 customers, retention 25/50/35%, purchase 30,000/200,000/100,000,
        // cost ratio 85/70/65%; retained and previously active chosen to give those rates
        List<SegmentValue> v = SegmentLtv.of(List.of(
                new GroupSums("1", 200, 200, 200, 50, BigDecimal.valueOf(6_000_000), BigDecimal.valueOf(900_000)),
                new GroupSums("2", 300, 300, 300, 150, BigDecimal.valueOf(60_000_000), BigDecimal.valueOf(18_000_000)),
                new GroupSums("3", 500, 500, 500, 175, BigDecimal.valueOf(50_000_000),
                        BigDecimal.valueOf(17_500_000))), p);
        assertThat(v.get(0).retentionRate()).isEqualByComparingTo("0.25");
        assertThat(v.get(0).averagePurchase()).isEqualByComparingTo("30000");
        assertThat(v.get(0).costRatio()).isEqualByComparingTo("0.85");
        // 4,500 x 0.25 / 0.85 = 1,323.53 -> 1,324; x 200
        assertThat(v.get(0).ltvPerCustomer()).isEqualByComparingTo("1324");
        assertThat(v.get(0).ltvTotal()).isEqualByComparingTo("264800");
        // 60,000 x 0.5 / 0.6 = 50,000
        assertThat(v.get(1).ltvPerCustomer()).isEqualByComparingTo("50000");
        assertThat(v.get(1).ltvTotal()).isEqualByComparingTo("15000000");
        // 35,000 x 0.35 / 0.75 = 16,333.33 -> 16,333; x 500
        assertThat(v.get(2).ltvPerCustomer()).isEqualByComparingTo("16333");
        assertThat(v.stream().filter(SegmentValue::best).map(SegmentValue::group)).containsExactly("2");
    }
}
