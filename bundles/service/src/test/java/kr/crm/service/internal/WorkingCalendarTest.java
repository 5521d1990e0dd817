package kr.crm.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    /** 추석 2026: Thursday 24 to Saturday 26 September. */
    private static final Set<LocalDate> CHUSEOK = Set.of(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 25),
            LocalDate.of(2026, 9, 26));

    private static WorkingCalendar calendar(Set<LocalDate> holidays) {
        return new WorkingCalendar(LocalTime.of(9, 0), LocalTime.of(18, 0), WEEKDAYS, SEOUL, holidays::contains);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
    }

    @Test
    void fourHoursFromWednesdayAfternoonSkipChuseokAndTheWeekend() {
        // Wed 16:00-18:00 gives 2 h; Thu, Fri (추석), Sat, Sun have none; Monday 09:00 + 2 h
        assertThat(calendar(CHUSEOK).plus(at("2026-09-23T16:00"), Duration.ofHours(4))).isEqualTo(at("2026-09-28T11:00"));
    }

    @Test
    void twentyFourHoursFromWednesdayAfternoonEndTheFollowingWednesday() {
        // 2 h Wed + 9 h Mon + 9 h Tue = 20 h, then 4 h on Wednesday 30th
        assertThat(calendar(CHUSEOK).plus(at("2026-09-23T16:00"), Duration.ofHours(24))).isEqualTo(at("2026-09-30T13:00"));
    }

    @Test
    void withoutTheHolidayTheSameTargetFallsOnThursday() {
        assertThat(calendar(Set.of()).plus(at("2026-09-23T16:00"), Duration.ofHours(4))).isEqualTo(at("2026-09-24T11:00"));
    }

    @Test
    void fridayEveningRunsOnIntoMonday() {
        assertThat(calendar(Set.of()).plus(at("2026-11-20T17:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-23T10:00"));
    }

    @Test
    void aRequestOnSaturdayStartsCountingOnMondayMorning() {
        assertThat(calendar(Set.of()).plus(at("2026-11-21T14:30"), Duration.ofMinutes(90))).isEqualTo(at("2026-11-23T10:30"));
    }

    @Test
    void beforeOpeningTimeCountsFromOpening() {
        assertThat(calendar(Set.of()).plus(at("2026-11-23T07:15"), Duration.ofHours(1))).isEqualTo(at("2026-11-23T10:00"));
    }

    @Test
    void aFullDayEndsAtClosingTimeNotNextMorning() {
        assertThat(calendar(Set.of()).plus(at("2026-11-23T09:00"), Duration.ofHours(9))).isEqualTo(at("2026-11-23T18:00"));
    }

    @Test
    void zeroWorkingTimeIsTheStartItself() {
        assertThat(calendar(Set.of()).plus(at("2026-11-21T14:30"), Duration.ZERO)).isEqualTo(at("2026-11-21T14:30"));
    }

    @Test
    void workingTimeBetweenCountsOnlyOpenHoursOfWorkingDays() {
        WorkingCalendar c = calendar(CHUSEOK);
        assertThat(c.between(at("2026-11-20T17:00"), at("2026-11-23T10:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(c.between(at("2026-09-23T16:00"), at("2026-09-30T13:00"))).isEqualTo(Duration.ofHours(24));
        assertThat(c.between(at("2026-09-24T10:00"), at("2026-09-27T23:00"))).isZero();
        assertThat(c.between(at("2026-11-23T12:00"), at("2026-11-23T11:00"))).isZero();
    }

    @Test
    void betweenUndoesPlus() {
        WorkingCalendar c = calendar(CHUSEOK);
        Instant from = at("2026-09-22T08:00");
        for (int minutes : new int[] {1, 59, 540, 541, 1234, 5000}) {
            Instant due = c.plus(from, Duration.ofMinutes(minutes));
            assertThat(c.between(from, due)).as("%d minutes", minutes).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void aCalendarWithoutWorkingTimeStopsInsteadOfLooping() {
        WorkingCalendar never = new WorkingCalendar(LocalTime.of(9, 0), LocalTime.of(18, 0), WEEKDAYS, SEOUL, d -> true);
        assertThatThrownBy(() -> never.plus(at("2026-11-23T09:00"), Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new WorkingCalendar(LocalTime.of(18, 0), LocalTime.of(9, 0), WEEKDAYS, SEOUL, d -> false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
