package kr.crm.service.internal;

import java.time.Duration;
import java.time.Instant;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.SlaState;

/**
 * Where an open request stands against its targets at a moment (the resolution target at the start of a wait for
 * the customer while it lasts, {@link SlaPause}): a target is missed if it is not met and due, or
 * was met late; at risk if it is not met and due within the warning time (working time).
 *
 * @param state the worst of both targets
 * @param missedTarget {@code firstResponse} or {@code resolution}, the first missed, null if none
 */
record SlaCheck(SlaState state, String missedTarget) {

    static SlaCheck of(ServiceRequest r, Instant now, WorkingCalendar calendar, Duration warning) {
        Instant resolutionClock = SlaPause.resolutionClock(r, now);
        String missed = missed("firstResponse", r.firstRespondedAt(), r.firstResponseDue(), now);
        if (missed == null) {
            missed = missed("resolution", r.resolvedAt(), r.resolutionDue(), resolutionClock);
        }
        if (missed != null) {
            return new SlaCheck(SlaState.BREACHED, missed);
        }
        boolean atRisk = atRisk(r.firstRespondedAt(), r.firstResponseDue(), now, calendar, warning)
                || atRisk(r.resolvedAt(), r.resolutionDue(), resolutionClock, calendar, warning);
        return new SlaCheck(atRisk ? SlaState.AT_RISK : SlaState.ON_TRACK, null);
    }

    private static String missed(String target, Instant met, Instant due, Instant now) {
        boolean late = met == null ? !now.isBefore(due) : met.isAfter(due);
        return late ? target : null;
    }

    private static boolean atRisk(Instant met, Instant due, Instant now, WorkingCalendar calendar, Duration warning) {
        return met == null && calendar.between(now, due).compareTo(warning) <= 0;
    }
}
