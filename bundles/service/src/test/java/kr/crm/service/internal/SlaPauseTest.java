package kr.crm.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import kr.crm.api.service.RequestChannel;
import kr.crm.api.service.RequestPriority;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.SlaState;
import org.junit.jupiter.api.Test;

/** The resolution clock pauses while the request waits for the customer, in working time. */
class SlaPauseTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** 개천절 falls on Saturday 3 October 2026; Monday 5 October is its substitute holiday. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 5));
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(LocalTime.of(9, 0), LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), SEOUL, HOLIDAYS::contains);

    private static Instant at(String t) {
        return LocalDateTime.parse(t).atZone(SEOUL).toInstant();
    }

    private static ServiceRequest waiting(Instant resolutionDue, Instant since) {
        return new ServiceRequest("1", "C1", null, null, null, null, "REPAIR", RequestChannel.PHONE,
                RequestPriority.NORMAL, "s", "d", RequestStatus.WAITING_FOR_CUSTOMER, null, null, null,
                at("2026-09-30T10:00"), at("2026-09-30T14:00"), resolutionDue, at("2026-09-30T11:00"), null,
                SlaState.ON_TRACK, null, null, "u", "u", 3, Instant.EPOCH, Instant.EPOCH, since, null);
    }

    @Test
    void aWaitAcrossTheWeekendAndASubstituteHolidayMovesTheTargetByItsWorkingHoursOnly() {
        // waiting from Friday 2 October 16:00 to Tuesday 6 October 11:00: Friday 16-18 and Tuesday 9-11, 4 working
        // hours, though 91 hours on the clock (Saturday 개천절, Sunday, Monday the substitute holiday)
        Instant due = SlaPause.resumedDue(at("2026-10-02T17:00"), at("2026-10-02T16:00"), at("2026-10-06T11:00"), CALENDAR);
        // the hour left on Friday, then 3 hours on Tuesday
        assertThat(due).isEqualTo(at("2026-10-06T12:00"));
    }

    @Test
    void aWaitOutsideWorkingHoursMovesNothing() {
        Instant due = at("2026-10-07T15:00");
        assertThat(SlaPause.resumedDue(due, at("2026-10-02T18:30"), at("2026-10-06T08:45"), CALENDAR)).isEqualTo(due);
        assertThat(SlaPause.resumedDue(due, at("2026-10-06T10:00"), at("2026-10-06T10:00"), CALENDAR)).isEqualTo(due);
    }

    @Test
    void whileWaitingTheTargetIsNotMissedNorAtRiskThoughItsTimeHasPassed() {
        Duration warning = Duration.ofHours(2);
        ServiceRequest r = waiting(at("2026-10-06T12:00"), at("2026-10-02T10:00"));
        // on the wall clock the target passed days ago; judged at the start of the wait it is far off
        SlaCheck check = SlaCheck.of(r, at("2026-10-08T15:00"), CALENDAR, warning);
        assertThat(check.state()).isEqualTo(SlaState.ON_TRACK);

        ServiceRequest notWaiting = new ServiceRequest("1", "C1", null, null, null, null, "REPAIR", RequestChannel.PHONE,
                RequestPriority.NORMAL, "s", "d", RequestStatus.IN_PROGRESS, null, null, null, at("2026-09-30T10:00"),
                at("2026-09-30T14:00"), at("2026-10-06T12:00"), at("2026-09-30T11:00"), null, SlaState.ON_TRACK, null,
                null, "u", "u", 3, Instant.EPOCH, Instant.EPOCH, null, null);
        assertThat(SlaCheck.of(notWaiting, at("2026-10-08T15:00"), CALENDAR, warning))
                .isEqualTo(new SlaCheck(SlaState.BREACHED, "resolution"));
    }

    @Test
    void aTargetMissedBeforeTheWaitBeganStaysMissed() {
        ServiceRequest r = waiting(at("2026-10-01T12:00"), at("2026-10-02T10:00"));
        assertThat(SlaCheck.of(r, at("2026-10-08T15:00"), CALENDAR, Duration.ofHours(2)))
                .isEqualTo(new SlaCheck(SlaState.BREACHED, "resolution"));
    }
}
