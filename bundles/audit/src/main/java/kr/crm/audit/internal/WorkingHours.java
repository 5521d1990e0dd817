package kr.crm.audit.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Monday to Friday between two times, Korean time. */
record WorkingHours(LocalTime start, LocalTime end) {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    static WorkingHours parse(String start, String end) {
        try {
            return new WorkingHours(LocalTime.parse(start), LocalTime.parse(end));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("working hours must be HH:mm", e);
        }
    }

    boolean contains(Instant at) {
        ZonedDateTime t = at.atZone(SEOUL);
        if (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        LocalTime time = t.toLocalTime();
        return !time.isBefore(start) && time.isBefore(end);
    }
}
