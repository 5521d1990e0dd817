package kr.crm.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.contactlog.ComplaintStatus;
import kr.crm.api.contactlog.ContactLogEntry;
import kr.crm.api.contactlog.ContactLogEvents;
import kr.crm.api.contactlog.ContactLogService;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;
import kr.crm.api.service.RequestChannel;
import kr.crm.api.service.RequestPriority;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.ServiceEvents;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceRequestDraft;
import kr.crm.api.service.ServiceType;
import kr.crm.api.store.ServiceRequestStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A complaint logged on the CRM tab is a service request of type COMPLAINT: each open complaint of the contact
 * log gets one request (once: the request's link to the complaint is unique), and the two keep one status. A
 * complaint resolved, reopened or deleted in the contact log moves its request; a request moved by staff sets
 * its complaint's status (RESOLVED and CLOSED = RESOLVED, anything else but its creation IN_PROGRESS). Work runs
 * on a thread of its own, off EventAdmin's delivery thread. Immediate: the catch-up of complaints logged while no
 * bridge listened runs as soon as the bridge can, not at the next complaint (a delayed handler is only created by
 * an event, so events posted before its references were there would wait for one).
 */
@Component(immediate = true, property = {EventConstants.EVENT_TOPIC + "=" + ContactLogEvents.TOPIC_COMPLAINT,
    EventConstants.EVENT_TOPIC + "=" + ServiceEvents.TOPIC_CHANGED})
public final class ComplaintBridge implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintBridge.class);
    static final String CONTACT_LOG = "contact-log";
    static final int SUBJECT_CUT = 100;
    static final int RECONCILE_MAX = 10_000;

    private final ContactLogService log;
    private final RequestIntake intake;
    private final ServiceRequestStore store;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "crm-service-complaints"));

    @Activate
    public ComplaintBridge(@Reference ContactLogService log, @Reference RequestIntake intake,
            @Reference ServiceRequestStore store) {
        this.log = log;
        this.intake = intake;
        this.store = store;
        // complaints logged while no bridge listened (this bundle stopped, or started after the writer) get their
        // requests now; fromLog is idempotent, so several nodes doing this at once make one request each
        worker.execute(() -> guarded(() -> store.accountsWithUnlinkedComplaints(RECONCILE_MAX).forEach(this::fromLog)));
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        if (ContactLogEvents.TOPIC_COMPLAINT.equals(event.getTopic())
                && event.getProperty(ContactLogEvents.ACCOUNT_KEY) instanceof String account) {
            worker.execute(() -> guarded(() -> fromLog(account)));
        } else if (event.getProperty(ServiceEvents.CONTACT_LOG_ID) instanceof String logId
                && event.getProperty(ServiceEvents.STATUS) instanceof String status) {
            Object by = event.getProperty(ServiceEvents.BY);
            worker.execute(() -> guarded(() -> toLog(logId, RequestStatus.valueOf(status),
                    by instanceof String s ? s : CONTACT_LOG)));
        }
    }

    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("Complaint and service request not brought in line: {}", e.getClass().getName());
        }
    }

    /** Open complaints without a request get one; requests whose complaint was resolved, reopened or deleted follow. */
    void fromLog(String account) {
        for (ContactLogEntry c : log.openComplaintsOf(account)) {
            Optional<ServiceRequest> linked = store.findByContactLog(Long.parseLong(c.id()));
            if (linked.isEmpty()) {
                intake.fromComplaint(draft(c), Long.parseLong(c.id()), c.author());
            } else if (!linked.get().status().open()) {
                intake.settle(linked.get(), RequestStatus.IN_PROGRESS, "complaint reopened in the contact log", CONTACT_LOG);
            }
        }
        for (ServiceRequest r : store.ofAccount(account, true)) {
            if (r.contactLogId() == null) {
                continue;
            }
            Optional<ContactLogEntry> entry = complaint(r.contactLogId());
            if (entry.isEmpty()) {
                intake.settle(r, RequestStatus.CLOSED, "complaint deleted from the contact log", CONTACT_LOG);
            } else if (entry.get().complaintStatus() == ComplaintStatus.RESOLVED) {
                intake.settle(r, RequestStatus.RESOLVED, "complaint resolved in the contact log", CONTACT_LOG);
            }
        }
    }

    /** The complaint takes the status its request moved to, unless it has it already. */
    void toLog(String logId, RequestStatus status, String by) {
        // RECEIVED is only ever the status a request is created with (no move leads back to it): the request was
        // just made from the complaint, whose status may have moved on meanwhile and must not be set back; a move
        // made by this bridge followed the complaint already
        if (status == RequestStatus.RECEIVED || CONTACT_LOG.equals(by)) {
            return;
        }
        ComplaintStatus wanted = switch (status) {
            case RESOLVED, CLOSED -> ComplaintStatus.RESOLVED;
            default -> ComplaintStatus.IN_PROGRESS;
        };
        CrmUser user = new CrmUser(by, by, Set.of(CrmRoles.REP));
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<ContactLogEntry> entry = complaint(logId);
            if (entry.isEmpty() || entry.get().complaintStatus() == wanted) {
                return;
            }
            try {
                log.setComplaintStatus(logId, entry.get().version(), wanted, user);
                return;
            } catch (StaleVersionException e) {
                // edited meanwhile: read it again
            }
        }
    }

    private Optional<ContactLogEntry> complaint(String id) {
        try {
            return Optional.of(log.find(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private ServiceRequestDraft draft(ContactLogEntry c) {
        Instant now = clock.instant();
        OffsetDateTime at = c.occurredAt();
        if (at.toInstant().isAfter(now) || at.toInstant().isBefore(now.minus(RequestValidator.BACKDATE_DAYS - 1, ChronoUnit.DAYS))) {
            at = now.atZone(ZoneId.of("Asia/Seoul")).toOffsetDateTime();
        }
        String summary = c.summary();
        String subject = summary.codePointCount(0, summary.length()) <= SUBJECT_CUT ? summary
                : summary.substring(0, summary.offsetByCodePoints(0, SUBJECT_CUT - 1)) + "…";
        String description = c.outcome() == null ? summary : summary + "\n\n" + c.outcome();
        return new ServiceRequestDraft(c.accountKey(), c.contactKey(), null, null, null, ServiceType.COMPLAINT,
                RequestChannel.REP, RequestPriority.NORMAL, subject, description, null, null, at);
    }
}
