package kr.crm.service.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import kr.crm.api.service.Holiday;
import kr.crm.api.store.ServiceCatalogStore;

/** Builds working calendars from the configured hours and the holidays stored around a moment. */
final class Calendars {
    /** Holidays are read this many days either side of the moment a calendar is built for. */
    static final int REACH_DAYS = 400;

    private final LocalTime start;
    private final LocalTime end;
    private final Set<DayOfWeek> workdays;
    private final ZoneId zone;
    private final ServiceCatalogStore store;

    Calendars(ServiceConfig config, ServiceCatalogStore store) {
        this.start = LocalTime.parse(config.workdayStart());
        this.end = LocalTime.parse(config.workdayEnd());
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : config.workdays()) {
            days.add(DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT)));
        }
        this.workdays = days;
        this.zone = ZoneId.of(config.zone());
        this.store = store;
    }

    /** A calendar good for working-time sums within {@link #REACH_DAYS} of {@code around}. */
    WorkingCalendar around(Instant around) {
        LocalDate day = around.atZone(zone).toLocalDate();
        Set<LocalDate> holidays = new HashSet<>();
        for (Holiday h : store.holidays(day.minusDays(REACH_DAYS), day.plusDays(REACH_DAYS))) {
            holidays.add(h.day());
        }
        return new WorkingCalendar(start, end, workdays, zone, holidays::contains);
    }

    ZoneId zone() {
        return zone;
    }
}
