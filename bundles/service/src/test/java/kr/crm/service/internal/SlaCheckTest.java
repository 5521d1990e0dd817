package kr.crm.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import kr.crm.api.service.RequestChannel;
import kr.crm.api.service.RequestPriority;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.SlaState;
import org.junit.jupiter.api.Test;

class SlaCheckTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(LocalTime.of(9, 0), LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), SEOUL, d -> false);
    private static final Duration WARNING = Duration.ofHours(2);

    private static Instant at(String t) {
        return LocalDateTime.parse(t).atZone(SEOUL).toInstant();
    }

    private static ServiceRequest request(Instant responseDue, Instant responded, Instant resolutionDue) {
        return new ServiceRequest("1", "C1", null, null, null, null, "REPAIR", RequestChannel.PHONE,
                RequestPriority.NORMAL, "s", "d", RequestStatus.IN_PROGRESS, null, null, null, at("2026-11-20T10:00"),
                responseDue, resolutionDue, responded, null, SlaState.ON_TRACK, null, null, "u", "u", 1, Instant.EPOCH,
                Instant.EPOCH, null, null);
    }

    @Test
    void aTargetDueLaterThanTheWarningIsOnTrack() {
        SlaCheck c = SlaCheck.of(request(at("2026-11-24T15:00"), null, at("2026-11-26T15:00")), at("2026-11-24T12:00"),
                CALENDAR, WARNING);
        assertThat(c.state()).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void aTargetDueWithinTheWarningInWorkingTimeIsAtRiskAcrossTheWeekend() {
        // Friday 17:30 to Monday 10:00 is 1.5 working hours, though 64 hours on the clock
        SlaCheck c = SlaCheck.of(request(at("2026-11-23T10:00"), null, at("2026-11-26T15:00")), at("2026-11-20T17:30"),
                CALENDAR, WARNING);
        assertThat(c.state()).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void aPassedTargetIsBreachedAndNamed() {
        SlaCheck c = SlaCheck.of(request(at("2026-11-23T10:00"), null, at("2026-11-26T15:00")), at("2026-11-23T10:00"),
                CALENDAR, WARNING);
        assertThat(c).isEqualTo(new SlaCheck(SlaState.BREACHED, "firstResponse"));
    }

    @Test
    void aLateFirstResponseStaysMissedAndAMetOneCountsNoMore() {
        assertThat(SlaCheck.of(request(at("2026-11-23T10:00"), at("2026-11-23T11:00"), at("2026-11-26T15:00")),
                at("2026-11-23T12:00"), CALENDAR, WARNING).missedTarget()).isEqualTo("firstResponse");
        SlaCheck met = SlaCheck.of(request(at("2026-11-23T10:00"), at("2026-11-23T09:30"), at("2026-11-23T17:00")),
                at("2026-11-23T17:30"), CALENDAR, WARNING);
        assertThat(met).isEqualTo(new SlaCheck(SlaState.BREACHED, "resolution"));
    }
}
