package kr.crm.service.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import kr.crm.api.service.ServiceEvents;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceTeam;
import kr.crm.api.service.SlaSweepResult;
import kr.crm.api.service.SlaState;
import kr.crm.api.store.Leases;
import kr.crm.api.store.ServiceCatalogStore;
import kr.crm.api.store.ServiceRequestStore;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The pass over open requests, one node at a time (database lease {@code service-sla}): records each request's
 * SLA state when it changes and escalates a request that missed a target to its team's lead, once (the store's
 * update is conditional on it not being escalated, so two sweeps never escalate twice).
 */
final class SlaSweep {
    static final String LEASE = "service-sla";
    static final int PAGE = 500;

    private final ServiceRequestStore requests;
    private final ServiceCatalogStore catalog;
    private final Leases leases;
    private final Calendars calendars;
    private final Duration warning;
    private final Duration leaseLength;
    private final EventAdmin events;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    SlaSweep(ServiceRequestStore requests, ServiceCatalogStore catalog, Leases leases, Calendars calendars,
            ServiceConfig config, EventAdmin events, Clock clock) {
        this.requests = requests;
        this.catalog = catalog;
        this.leases = leases;
        this.calendars = calendars;
        this.warning = Duration.ofMinutes(config.atRiskMinutes());
        this.leaseLength = Duration.ofMinutes(config.sweepLeaseMinutes());
        this.events = events;
        this.clock = clock;
    }

    SlaSweepResult run() {
        long started = System.nanoTime();
        if (!running.tryLock()) {
            return new SlaSweepResult(false, 0, 0, 0, 0, 0);
        }
        try {
            if (!leases.tryTake(LEASE, leaseLength)) {
                return new SlaSweepResult(false, 0, 0, 0, 0, 0);
            }
            try {
                return sweep(started);
            } finally {
                leases.release(LEASE);
            }
        } finally {
            running.unlock();
        }
    }

    private SlaSweepResult sweep(long started) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        WorkingCalendar calendar = calendars.around(now);
        int checked = 0;
        int atRisk = 0;
        int breached = 0;
        int escalated = 0;
        long after = 0;
        List<ServiceRequest> page;
        do {
            page = requests.open(after, PAGE);
            for (ServiceRequest r : page) {
                checked++;
                SlaCheck check = SlaCheck.of(r, now, calendar, warning);
                if (check.state() != r.slaState() && requests.flag(id(r), check.state(), describe(check), now)) {
                    atRisk += check.state() == SlaState.AT_RISK ? 1 : 0;
                    breached += check.state() == SlaState.BREACHED ? 1 : 0;
                }
                if (check.state() == SlaState.BREACHED && r.escalatedAt() == null && escalate(r, check, now)) {
                    escalated++;
                }
                after = id(r);
            }
        } while (page.size() == PAGE);
        return new SlaSweepResult(true, checked, atRisk, breached, escalated, (System.nanoTime() - started) / 1_000_000);
    }

    private boolean escalate(ServiceRequest r, SlaCheck check, Instant now) {
        String lead = r.team() == null ? null : catalog.team(r.team()).map(ServiceTeam::lead).orElse(null);
        String comment = "escalated to " + (lead == null ? "admins (no team lead)" : lead) + ": " + check.missedTarget()
                + " target missed";
        if (!requests.escalate(id(r), lead, comment, now)) {
            return false;
        }
        if (events != null) {
            Map<String, Object> props = new HashMap<>();
            props.put(ServiceEvents.REQUEST_ID, r.id());
            props.put(ServiceEvents.ACCOUNT_KEY, r.accountKey());
            props.put(ServiceEvents.TARGET, check.missedTarget());
            if (lead != null) {
                props.put(ServiceEvents.ESCALATED_TO, lead);
            }
            events.postEvent(new Event(ServiceEvents.TOPIC_ESCALATED, props));
        }
        return true;
    }

    private static String describe(SlaCheck check) {
        return switch (check.state()) {
            case BREACHED -> check.missedTarget() + " target missed";
            case AT_RISK -> "a target falls due soon";
            case ON_TRACK -> "back on track";
        };
    }

    private static long id(ServiceRequest r) {
        return Long.parseLong(r.id());
    }
}
