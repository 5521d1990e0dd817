package kr.crm.service.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Working-time arithmetic: the same hours on each working day, none on other weekdays and holidays. Holidays are
 * a predicate so that the caller decides how far ahead the calendar is read.
 */
final class WorkingCalendar {
    /** Ten years of days without working time is a calendar that has none: stop instead of looping. */
    private static final int MAX_DAYS = 3660;

    private final LocalTime start;
    private final LocalTime end;
    private final Set<DayOfWeek> workdays;
    private final ZoneId zone;
    private final Predicate<LocalDate> holiday;

    WorkingCalendar(LocalTime start, LocalTime end, Set<DayOfWeek> workdays, ZoneId zone, Predicate<LocalDate> holiday) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the working day must end after it starts");
        }
        if (workdays.isEmpty()) {
            throw new IllegalArgumentException("at least one working day is needed");
        }
        this.start = start;
        this.end = end;
        this.workdays = Set.copyOf(workdays);
        this.zone = zone;
        this.holiday = holiday;
    }

    boolean isWorkingDay(LocalDate day) {
        return workdays.contains(day.getDayOfWeek()) && !holiday.test(day);
    }

    /** The instant {@code work} of working time after {@code from}; {@code from} itself if {@code work} is zero. */
    Instant plus(Instant from, Duration work) {
        if (work.isNegative()) {
            throw new IllegalArgumentException("negative working time");
        }
        Duration left = work;
        ZonedDateTime t = from.atZone(zone);
        if (left.isZero()) {
            return from;
        }
        for (int i = 0; i < MAX_DAYS; i++) {
            LocalDate day = t.toLocalDate();
            ZonedDateTime open = day.atTime(start).atZone(zone);
            ZonedDateTime close = day.atTime(end).atZone(zone);
            if (isWorkingDay(day) && t.isBefore(close)) {
                ZonedDateTime from0 = t.isBefore(open) ? open : t;
                Duration available = Duration.between(from0, close);
                if (left.compareTo(available) <= 0) {
                    return from0.plus(left).toInstant();
                }
                left = left.minus(available);
            }
            t = day.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days");
    }

    /** Working time between two instants; zero if {@code to} is not after {@code from}. */
    Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = latest(day.atTime(start).atZone(zone).toInstant(), from);
            Instant close = earliest(day.atTime(end).atZone(zone).toInstant(), to);
            if (close.isAfter(open)) {
                total = total.plus(Duration.between(open, close));
            }
        }
        return total;
    }

    ZoneId zone() {
        return zone;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
