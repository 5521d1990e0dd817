package kr.crm.grading.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeBand;
import kr.crm.api.grade.GradeOverride;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.grade.LtvParameters;
import kr.crm.api.store.GradeWrite;
import kr.crm.api.store.StoredGrade;
import org.junit.jupiter.api.Test;

class RegraderTest {
    static final LtvParameters LTV = new LtvParameters(new BigDecimal("0.75"), new BigDecimal("0.10"),
            new BigDecimal("0.10"));
    static final GradingPolicy POLICY = new GradingPolicy(3, 12, true, List.of(
            new GradeBand(Grade.S, new BigDecimal("500000000"), 12, 12, null, null),
            new GradeBand(Grade.A, new BigDecimal("100000000"), 4, 0, null, null),
            new GradeBand(Grade.B, new BigDecimal("20000000"), 2, 0, null, null),
            new GradeBand(Grade.C, BigDecimal.ZERO, 1, 0, null, null)), RegraderTest.LTV, true, "default", Instant.EPOCH);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    static AccountMeasures measures(String key, long revenue, long orders, int rfm) {
        return new AccountMeasures(key, BigDecimal.valueOf(revenue), orders, null, orders == 0 ? null : NOW,
                rfm / 3, rfm / 3, rfm - 2 * (rfm / 3), null, 0);
    }

    private static StoredGrade stored(String key, Grade grade, Grade computed, GradeOverride override) {
        return new StoredGrade(key, grade, computed, 3, measures(key, 0, 0, 0), "", NOW, override);
    }

    @Test
    void theBestBandMetWinsAndNoOrdersIsD() {
        assertThat(PolicyRules.grade(POLICY, measures("a", 120_000_000, 4, 3)).grade()).isEqualTo(Grade.A);
        assertThat(PolicyRules.grade(POLICY, measures("a", 900_000_000, 20, 11)).grade())
                .as("S needs the RFM score too").isEqualTo(Grade.A);
        assertThat(PolicyRules.grade(POLICY, measures("a", 900_000_000, 20, 13)).grade()).isEqualTo(Grade.S);
        assertThat(PolicyRules.grade(POLICY, measures("a", 1, 1, 3)).grade()).isEqualTo(Grade.C);
        assertThat(PolicyRules.grade(POLICY, measures("a", 0, 0, 0)).reasons()).last().asString().contains("no orders");
    }

    @Test
    void onlyChangedAccountsAreWrittenWithHistoryOfTheGradeInForce() {
        List<GradeWrite> writes = Regrader.changes(POLICY,
                List.of(measures("same", 5, 1, 3), measures("up", 120_000_000, 4, 3), measures("new", 0, 0, 0)),
                Map.of("same", stored("same", Grade.C, Grade.C, null), "up", stored("up", Grade.C, Grade.C, null)),
                TODAY, NOW, null);
        assertThat(writes).extracting(GradeWrite::accountKey).containsExactly("up", "new");
        assertThat(writes.get(0).change().from()).isEqualTo(Grade.C);
        assertThat(writes.get(0).change().to()).isEqualTo(Grade.A);
        assertThat(writes.get(0).change().why()).startsWith("policy v3: ").contains("meets A");
        assertThat(writes.get(1).expectedGrade()).isNull();
        assertThat(writes.get(1).change().to()).isEqualTo(Grade.D);
    }

    @Test
    void anOverrideHoldsThroughItsLastDayAndItsExpiryIsExplained() {
        GradeOverride lastDay = new GradeOverride(Grade.A, "계약 협의", TODAY, "it.rep", NOW);
        assertThat(Regrader.changes(POLICY, List.of(measures("k", 5, 1, 3)),
                Map.of("k", stored("k", Grade.A, Grade.C, lastDay)), TODAY, NOW, null)).isEmpty();

        GradeOverride expired = new GradeOverride(Grade.A, "계약 협의", TODAY.minusDays(1), "it.rep", NOW);
        List<GradeWrite> writes = Regrader.changes(POLICY, List.of(measures("k", 5, 1, 3)),
                Map.of("k", stored("k", Grade.A, Grade.C, expired)), TODAY, NOW, null);
        assertThat(writes).singleElement().satisfies(w -> {
            assertThat(w.grade()).isEqualTo(Grade.C);
            assertThat(w.change().why()).startsWith("override expired after 2026-11-22");
        });
    }

    @Test
    void settingAnOverrideIsRecordedAsTheUsersChange() {
        GradeOverride set = new GradeOverride(Grade.S, "VIP 지정", TODAY.plusDays(30), "it.admin", NOW);
        GradeWrite w = Regrader.changes(POLICY, List.of(measures("k", 5, 1, 3)),
                Map.of("k", stored("k", Grade.C, Grade.C, set)), TODAY, NOW, "it.admin").get(0);
        assertThat(w.grade()).isEqualTo(Grade.S);
        assertThat(w.computed()).isEqualTo(Grade.C);
        assertThat(w.change().byUser()).isEqualTo("it.admin");
        assertThat(w.change().policyVersion()).isNull();
        assertThat(w.change().why()).contains("VIP 지정");
    }

    @Test
    void lifetimeValueUsesTheCarriedMarginOrEstimatesItAndBandsMayAskForIt() {
        AccountMeasures carried = new AccountMeasures("a", new BigDecimal("200000000"), 6, new BigDecimal("30000000"),
                NOW, 3, 3, 3, null, 0);
        // 30,000,000 a year x 0.75 / (1 + 0.10 - 0.75) = 64,285,714
        PolicyRules.Verdict v = PolicyRules.grade(POLICY, carried);
        assertThat(v.measures().lifetimeValue()).isEqualByComparingTo("64285714");
        assertThat(v.reasons().get(0)).contains("margin 30,000,000 KRW, LTV 64,285,714 KRW (retention 75%, discount 10%)");
        AccountMeasures estimated = measures("b", 200_000_000, 6, 9);
        PolicyRules.Verdict e = PolicyRules.grade(POLICY, estimated);
        assertThat(e.measures().lifetimeValue()).isEqualByComparingTo("42857143");
        assertThat(e.reasons().get(0)).contains("margin 20,000,000 KRW (estimated at 10% of revenue)");

        GradingPolicy needsLtv = new GradingPolicy(4, 6, true, List.of(
                new GradeBand(Grade.S, new BigDecimal("500000000"), 12, 12, null, null),
                new GradeBand(Grade.A, new BigDecimal("100000000"), 4, 0, new BigDecimal("25000000"),
                        new BigDecimal("100000000")),
                new GradeBand(Grade.B, new BigDecimal("20000000"), 2, 0, null, null),
                new GradeBand(Grade.C, BigDecimal.ZERO, 1, 0, null, null)), LTV, true, "admin", NOW);
        // a 6-month window doubles the yearly margin: 60,000,000 x 0.75 / 0.35 = 128,571,429
        PolicyRules.Verdict a = PolicyRules.grade(needsLtv, carried);
        assertThat(a.grade()).isEqualTo(Grade.A);
        assertThat(a.reasons()).last().asString().contains("margin >= 25,000,000, LTV >= 100,000,000");
        assertThat(PolicyRules.grade(needsLtv, estimated).grade()).as("margin 20M < 25M").isEqualTo(Grade.B);
    }

    @Test
    void anOpenComplaintKeepsAnAccountFromSIfThePolicySaysSo() {
        AccountMeasures top = measures("a", 900_000_000, 20, 13);
        AccountMeasures complaining = new AccountMeasures("a", top.revenue(), top.orders(), null, top.lastOrderAt(),
                top.recency(), top.frequency(), top.monetary(), null, 1);
        assertThat(PolicyRules.grade(POLICY, top).grade()).isEqualTo(Grade.S);
        PolicyRules.Verdict v = PolicyRules.grade(POLICY, complaining);
        assertThat(v.grade()).isEqualTo(Grade.A);
        assertThat(v.reasons()).contains("1 open complaint(s): S is not given while one is open");
        GradingPolicy lenient = new GradingPolicy(4, 12, true, POLICY.bands(), LTV, false, "admin", NOW);
        assertThat(PolicyRules.grade(lenient, complaining).grade()).isEqualTo(Grade.S);
    }
}
