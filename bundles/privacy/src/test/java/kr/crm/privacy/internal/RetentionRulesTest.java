package kr.crm.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionRulesTest {
    private final RetentionRules rules = new RetentionRules(24, 5, 5, 5, 3);

    @Test
    void ordersOfAYearExpireOnTheFirstOfJanuarySixYearsLaterKoreanTime() {
        // in December 2026 the orders of 2020 are still kept: their returns were filed in 2021
        Instant now = Instant.parse("2026-12-07T06:00:00Z");
        assertThat(rules.orderCutoff(now)).isEqualTo(Instant.parse("2019-12-31T15:00:00Z"));
        // from 1 January 2027 (Korean time) they expire
        Instant newYear = Instant.parse("2026-12-31T15:00:00Z");
        assertThat(rules.orderCutoff(newYear)).isEqualTo(Instant.parse("2020-12-31T15:00:00Z"));
    }

    @Test
    void prospectsAndHistoriesCountBackFromNow() {
        Instant now = Instant.parse("2026-12-07T06:00:00Z");
        assertThat(rules.prospectCutoff(now)).isEqualTo(Instant.parse("2024-12-07T06:00:00Z"));
        assertThat(rules.permissionHistoryCutoff(now)).isEqualTo(Instant.parse("2023-12-07T06:00:00Z"));
        assertThat(rules.contactLogCutoff(now)).isEqualTo(Instant.parse("2021-12-07T06:00:00Z"));
        assertThat(rules.marketingCutoff(now)).isEqualTo(Instant.parse("2026-12-02T06:00:00Z"));
    }

    @Test
    void aPeriodOfZeroTurnsItsRuleOff() {
        RetentionRules off = new RetentionRules(0, 0, 0, 0, 0);
        Instant now = Instant.parse("2026-12-07T06:00:00Z");
        assertThat(off.prospectCutoff(now)).isNull();
        assertThat(off.orderCutoff(now)).isNull();
        assertThat(off.describe(now)).allSatisfy(r -> assertThat(r.cutoff()).isNull());
    }
}
