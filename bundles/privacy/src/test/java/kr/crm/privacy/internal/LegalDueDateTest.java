package kr.crm.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LegalDueDateTest {

    @Test
    void theDayOfReceiptDoesNotCountAndTheTenthDayEndsAtMidnightKoreanTime() {
        // received Monday 7 December 2026, 15:00 KST: due at the end of Thursday 17 December, KST
        assertThat(LegalDueDate.of(Instant.parse("2026-12-07T06:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-17T14:59:59.999Z"));
    }

    @Test
    void aRequestAfterMidnightKoreanTimeCountsFromTheKoreanDate() {
        // 23:30 UTC on 7 December is 08:30 on 8 December in Seoul
        assertThat(LegalDueDate.of(Instant.parse("2026-12-07T23:30:00Z")))
                .isEqualTo(Instant.parse("2026-12-18T14:59:59.999Z"));
    }
}
