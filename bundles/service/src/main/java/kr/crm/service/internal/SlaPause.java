package kr.crm.service.internal;

import java.time.Instant;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.ServiceRequest;

/**
 * The resolution clock stops while a request waits for the customer: the wait's working time (weekends and holidays
 * do not count, as for the targets) is added to the resolution target when the wait ends, and while it lasts the
 * target is judged as at the moment the wait began.
 */
final class SlaPause {
    private SlaPause() {
    }

    /** The resolution target once a wait from {@code waitingSince} ends at {@code resumed}. */
    static Instant resumedDue(Instant due, Instant waitingSince, Instant resumed, WorkingCalendar calendar) {
        if (!resumed.isAfter(waitingSince)) {
            return due;
        }
        return calendar.plus(due, calendar.between(waitingSince, resumed));
    }

    /** The moment the resolution target is judged at: {@code now}, or the start of the current wait. */
    static Instant resolutionClock(ServiceRequest r, Instant now) {
        if (r.status() == RequestStatus.WAITING_FOR_CUSTOMER && r.waitingSince() != null
                && r.waitingSince().isBefore(now)) {
            return r.waitingSince();
        }
        return now;
    }
}
