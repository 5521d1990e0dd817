package kr.crm.service.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.CrmUser;
import kr.crm.api.service.Attachment;
import kr.crm.api.service.AttachmentInfo;
import kr.crm.api.service.ChangeKind;
import kr.crm.api.service.RequestChange;
import kr.crm.api.service.RequestQuery;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.Requester;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceRequestDraft;
import kr.crm.api.service.ServiceRequestService;
import kr.crm.api.service.ServiceType;
import kr.crm.api.service.SlaSweepResult;
import kr.crm.api.store.Leases;
import kr.crm.api.store.ServiceCatalogStore;
import kr.crm.api.store.ServiceRequestStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service requests: intake with SLA targets from the type and the working calendar, the configured status flow,
 * assignment, replies and notes, each kept in the history; the SLA sweep on a schedule.
 */
@Component(service = {ServiceRequestService.class, RequestIntake.class}, configurationPid = "kr.crm.service")
@Designate(ocd = ServiceConfig.class)
public final class DefaultServiceRequestService implements ServiceRequestService, RequestIntake {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultServiceRequestService.class);
    static final int COMMENT_MAX = 2000;
    static final String PORTAL = "portal";

    private final ServiceRequestStore store;
    private final ServiceCatalogStore catalog;
    private final RequestLinks links;
    private final StatusFlow flow;
    private final Calendars calendars;
    private final SlaSweep sweep;
    private final RequestEvents events;
    private final Topics topics;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "crm-service-sla"));

    @Activate
    public DefaultServiceRequestService(@Reference ServiceRequestStore store, @Reference ServiceCatalogStore catalog,
            @Reference RequestLinks links, @Reference Leases leases,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            EventAdmin events, ServiceConfig config) {
        this(store, catalog, links, leases, events, config, Clock.systemUTC());
        if (config.sweepIntervalMinutes() > 0) {
            timer.scheduleWithFixedDelay(this::scheduledSweep, 1, config.sweepIntervalMinutes(), TimeUnit.MINUTES);
        }
    }

    DefaultServiceRequestService(ServiceRequestStore store, ServiceCatalogStore catalog, RequestLinks links,
            Leases leases, EventAdmin events, ServiceConfig config, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.links = links;
        this.flow = new StatusFlow(config.transitions());
        this.calendars = new Calendars(config, catalog);
        this.sweep = new SlaSweep(store, catalog, leases, calendars, config, events, clock);
        this.events = new RequestEvents(events);
        this.topics = new Topics(config.topics());
        this.clock = clock;
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void scheduledSweep() {
        try {
            SlaSweepResult r = sweep.run();
            if (r.ran() && r.atRisk() + r.breached() + r.escalated() > 0) {
                LOG.info("SLA sweep: {} checked, {} at risk, {} breached, {} escalated, {} ms", r.checked(), r.atRisk(),
                        r.breached(), r.escalated(), r.millis());
            }
        } catch (RuntimeException e) {
            LOG.warn("SLA sweep stopped: {}", e.getClass().getName());
        }
    }

    @Override
    public ServiceRequest create(ServiceRequestDraft draft, String idempotencyKey, CrmUser by) {
        return create(draft, idempotencyKey, null, by.username());
    }

    /** Creates a request, made from a contact-log complaint if {@code contactLogId} is set (once per complaint). */
    ServiceRequest create(ServiceRequestDraft draft, String idempotencyKey, Long contactLogId, String by) {
        String idem = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (idem != null && idem.length() > 100) {
            throw new ValidationException("Idempotency-Key", "must be at most 100 characters");
        }
        if (idem != null) {
            Optional<ServiceRequest> earlier = store.findByIdempotencyKey(idem);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ServiceRequestDraft clean = links.resolved(RequestValidator.clean(draft, now(), calendars.zone()));
        Targets targets = targets(clean);
        RequestStatus status = clean.assignee() == null ? RequestStatus.RECEIVED : RequestStatus.ASSIGNED;
        Optional<Long> id = store.insert(clean, status, contactLogId, targets.firstResponse(), targets.resolution(), by,
                idem, now());
        if (id.isPresent()) {
            ServiceRequest created = find(id.get().toString());
            events.changed(created, by);
            return created;
        }
        Optional<ServiceRequest> earlier = idem != null ? store.findByIdempotencyKey(idem)
                : store.findByContactLog(contactLogId);
        return earlier.orElseThrow(() -> new IllegalStateException("request neither stored nor found"));
    }

    @Override
    public ServiceRequest find(String id) {
        return store.find(number(id)).orElseThrow(() -> new NotFoundException("service request " + id));
    }

    @Override
    public List<RequestChange> historyOf(String id) {
        return store.history(Long.parseLong(find(id).id()));
    }

    @Override
    public List<ServiceRequest> requestsOf(String accountKey, boolean openOnly) {
        return store.ofAccount(links.account(accountKey).key(), openOnly);
    }

    @Override
    public Page<ServiceRequest> search(RequestStatus status, String type, PageRequest page) {
        return store.search(status, Texts.optional("type", type, 30), page);
    }

    @Override
    public Page<ServiceRequest> search(RequestQuery query, PageRequest page) {
        RequestQuery clean = new RequestQuery(query.status(), Texts.optional("type", query.type(), 30),
                Texts.optional("assignee", query.assignee(), 64), Texts.optional("team", query.team(), 64),
                query.openOnly(), query.scope());
        return store.search(clean, page);
    }

    @Override
    public ServiceRequest classify(String id, long expectedVersion, String topic, CrmUser by) {
        String code = topics.check(topic);
        ServiceRequest r = find(id);
        if (!store.classify(Long.parseLong(r.id()), expectedVersion, code, by.username(), now())) {
            throw stale(r.id());
        }
        return find(r.id());
    }

    @Override
    public List<String> topics() {
        return topics.codes();
    }

    @Override
    public ServiceRequest changeStatus(String id, long expectedVersion, RequestStatus to, String comment, CrmUser by) {
        return changeStatus(id, expectedVersion, to, comment, by.username());
    }

    ServiceRequest changeStatus(String id, long expectedVersion, RequestStatus to, String comment, String by) {
        if (to == null) {
            throw new ValidationException("status", "is required");
        }
        String text = Texts.optional("comment", comment, COMMENT_MAX);
        ServiceRequest r = find(id);
        flow.check(r.status(), to);
        if (StatusFlow.isReopen(r.status(), to) && text == null) {
            throw new ValidationException("comment", "is required to reopen a request: say why");
        }
        Instant now = now();
        if (!store.changeStatus(Long.parseLong(r.id()), expectedVersion, r.status(), to, text,
                StatusFlow.isResponse(to), by, now, resumedDue(r, to, now))) {
            throw stale(r.id());
        }
        ServiceRequest moved = find(r.id());
        events.changed(moved, by);
        return moved;
    }

    /** The resolution target moved on by the working time waited, when a wait for the customer ends; else null. */
    private Instant resumedDue(ServiceRequest r, RequestStatus to, Instant now) {
        if (r.status() != RequestStatus.WAITING_FOR_CUSTOMER || to == RequestStatus.WAITING_FOR_CUSTOMER
                || r.waitingSince() == null) {
            return null;
        }
        return SlaPause.resumedDue(r.resolutionDue(), r.waitingSince(), now, calendars.around(r.waitingSince()));
    }

    /** The SLA targets of a cleaned draft: its type's working hours from when the customer asked. */
    private record Targets(Instant firstResponse, Instant resolution) {
    }

    private Targets targets(ServiceRequestDraft clean) {
        ServiceType type = catalog.type(clean.type()).filter(ServiceType::active)
                .orElseThrow(() -> new ValidationException("type", "is not an active request type (see /api/v1/service-types)"));
        if (clean.team() != null && catalog.team(clean.team()).isEmpty()) {
            throw new ValidationException("team", "no such team (see /api/v1/service-teams)");
        }
        Instant received = clean.receivedAt().toInstant();
        WorkingCalendar calendar = calendars.around(received);
        return new Targets(calendar.plus(received, Duration.ofHours(type.firstResponseHours())),
                calendar.plus(received, Duration.ofHours(type.resolutionHours())));
    }

    @Override
    public ServiceRequest fromPortal(ServiceRequestDraft draft, Requester requester, List<Attachment> attachments) {
        ServiceRequestDraft clean = links.resolved(RequestValidator.clean(draft, now(), calendars.zone()));
        Targets targets = targets(clean);
        long id = store.insertFromPortal(clean, requester, attachments, targets.firstResponse(), targets.resolution(),
                now());
        ServiceRequest created = find(Long.toString(id));
        events.changed(created, PORTAL);
        return created;
    }

    @Override
    public ServiceRequest fromComplaint(ServiceRequestDraft draft, long contactLogId, String by) {
        return store.findByContactLog(contactLogId).orElseGet(() -> create(draft, null, contactLogId, by));
    }

    @Override
    public boolean settle(ServiceRequest r, RequestStatus to, String comment, String by) {
        Instant now = now();
        if (!store.changeStatus(Long.parseLong(r.id()), r.version(), r.status(), to, comment, false, by, now,
                resumedDue(r, to, now))) {
            return false;
        }
        events.changed(find(r.id()), by);
        return true;
    }

    @Override
    public ServiceRequest assign(String id, long expectedVersion, String assignee, String team, String comment,
            CrmUser by) {
        String user = Texts.user("assignee", assignee);
        String teamName = Texts.optional("team", team, 64);
        String text = Texts.optional("comment", comment, COMMENT_MAX);
        if (user == null && teamName == null) {
            throw new ValidationException("assignee", "assignee or team is required");
        }
        if (teamName != null && catalog.team(teamName).isEmpty()) {
            throw new ValidationException("team", "no such team (see /api/v1/service-teams)");
        }
        ServiceRequest r = find(id);
        if (!r.status().open()) {
            throw new ValidationException("status", "a " + r.status() + " request is reopened before it is assigned");
        }
        RequestStatus to = r.status() == RequestStatus.RECEIVED && user != null ? RequestStatus.ASSIGNED : r.status();
        if (!store.assign(Long.parseLong(r.id()), expectedVersion, user, teamName, r.status(), to, text,
                by.username(), now())) {
            throw stale(r.id());
        }
        return find(r.id());
    }

    @Override
    public ServiceRequest comment(String id, String text, boolean toCustomer, CrmUser by) {
        String clean = Texts.required("text", text, COMMENT_MAX);
        ServiceRequest r = find(id);
        store.addEntry(Long.parseLong(r.id()), toCustomer ? ChangeKind.REPLY : ChangeKind.NOTE, clean, toCustomer,
                toCustomer, by.username(), now());
        ServiceRequest after = find(r.id());
        if (toCustomer) {
            events.replied(after, by.username());
        }
        return after;
    }

    @Override
    public List<AttachmentInfo> attachmentsOf(String id) {
        return store.attachments(Long.parseLong(find(id).id()));
    }

    @Override
    public Attachment attachment(String id, String attachmentId) {
        long file;
        try {
            file = Long.parseLong(attachmentId.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("attachment " + attachmentId);
        }
        return store.attachment(Long.parseLong(find(id).id()), file)
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    @Override
    public List<ServiceRequest> escalated() {
        return store.escalated();
    }

    @Override
    public SlaSweepResult sweep() {
        return sweep.run();
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("service request " + id);
        }
    }

    private StaleVersionException stale(String id) {
        return new StaleVersionException("service request " + id,
                store.find(Long.parseLong(id)).map(ServiceRequest::version).orElse(0L));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
