package kr.crm.privacy.internal;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The legal due date of a data-subject request: within 10 days (개인정보 보호법 시행령 제41조 제4항, 제43조, 제44조).
 * The day of receipt does not count (민법 제157조), so the period ends at the end of the 10th day after it, Korean
 * time. A last day on a weekend or holiday is not moved on (민법 제161조 would allow it): the earlier date is kept.
 */
final class LegalDueDate {
    static final int DAYS = 10;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private LegalDueDate() {
    }

    static Instant of(Instant receivedAt) {
        return receivedAt.atZone(SEOUL).toLocalDate().plusDays(DAYS + 1L).atStartOfDay(SEOUL).toInstant()
                .minusMillis(1);
    }
}
