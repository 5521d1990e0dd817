package kr.crm.consent.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import kr.crm.api.consent.Channel;

/** 정보통신망법 제50조 ③: SMS, push and fax advertising between 21:00 and 08:00 (Asia/Seoul) needs night consent. */
final class NightHold {
    static final LocalTime NIGHT_STARTS = LocalTime.of(21, 0);
    static final LocalTime DAY_STARTS = LocalTime.of(8, 0);

    private NightHold() {
    }

    static boolean applies(Channel channel, Instant at) {
        if (!channel.nightRestricted()) {
            return false;
        }
        LocalTime t = at.atZone(TransactionException.SEOUL).toLocalTime();
        return !t.isBefore(NIGHT_STARTS) || t.isBefore(DAY_STARTS);
    }

    /** The next 08:00 in Seoul after {@code at}. */
    static Instant until(Instant at) {
        ZonedDateTime z = at.atZone(TransactionException.SEOUL);
        ZonedDateTime eight = z.toLocalDate().atTime(DAY_STARTS).atZone(TransactionException.SEOUL);
        return (z.toLocalTime().isBefore(DAY_STARTS) ? eight : eight.plusDays(1)).toInstant();
    }
}
