package kr.crm.contactlog.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.common.ForbiddenException;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.contactlog.ComplaintStatus;
import kr.crm.api.contactlog.ContactLogDraft;
import kr.crm.api.contactlog.ContactLogEntry;
import kr.crm.api.contactlog.ContactLogEvents;
import kr.crm.api.contactlog.ContactLogRevision;
import kr.crm.api.contactlog.ContactLogService;
import kr.crm.api.contactlog.ContactType;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;
import kr.crm.api.store.ContactLogStore;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskOutcome;
import kr.crm.api.task.TaskService;
import kr.crm.api.task.TaskStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The contact log: validates, resolves the account (a merged key to its survivor) and the contact person, lets
 * only the author or an admin change or delete an entry, and completes a task through {@link TaskService}.
 */
@Component(service = ContactLogService.class)
public final class DefaultContactLogService implements ContactLogService {
    private final ContactLogStore store;
    private final CustomerService customers;
    private final ContactPersonService contacts;
    private final TaskService tasks;
    private final EventAdmin events;
    private final Clock clock;

    @Activate
    public DefaultContactLogService(@Reference ContactLogStore store, @Reference CustomerService customers,
            @Reference ContactPersonService contacts, @Reference TaskService tasks,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            EventAdmin events) {
        this(store, customers, contacts, tasks, events, Clock.systemUTC());
    }

    DefaultContactLogService(ContactLogStore store, CustomerService customers, ContactPersonService contacts,
            TaskService tasks, EventAdmin events, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.contacts = contacts;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** Tells grading (an open complaint keeps an account from S) that an account's complaints changed. */
    private void complaintChanged(ContactType type, String accountKey) {
        if (events != null && type == ContactType.COMPLAINT) {
            events.postEvent(new Event(ContactLogEvents.TOPIC_COMPLAINT,
                    Map.of(ContactLogEvents.ACCOUNT_KEY, accountKey)));
        }
    }

    @Override
    public ContactLogEntry log(ContactLogDraft draft, String idempotencyKey, CrmUser author) {
        String idem = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (idem != null && idem.length() > 100) {
            throw new ValidationException("Idempotency-Key", "must be at most 100 characters");
        }
        if (idem != null) {
            Optional<ContactLogEntry> earlier = store.findByIdempotencyKey(idem);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ContactLogDraft clean = resolved(DraftValidator.clean(draft, now()));
        String completed = null;
        if (clean.completesTaskId() != null) {
            Task task = taskOf(clean.accountKey(), clean.completesTaskId());
            if (idem != null && completedByAnEarlierAttempt(task, author)) {
                completed = task.id();
            } else {
                requireOpen(task);
                TaskOutcome outcome = clean.taskOutcome() == null ? TaskOutcome.DONE : clean.taskOutcome();
                completed = tasks.complete(task.id(), task.version(), outcome, note(clean), author.username()).id();
            }
        }
        Optional<Long> id = store.insert(clean, completed, author.username(), idem, now());
        if (id.isEmpty()) {
            return store.findByIdempotencyKey(idem).orElseThrow();
        }
        complaintChanged(clean.type(), clean.accountKey());
        return find(id.get().toString());
    }

    @Override
    public ContactLogEntry edit(String id, long expectedVersion, ContactLogDraft draft, CrmUser by) {
        ContactLogEntry entry = mayChange(id, by);
        ContactLogDraft clean = resolved(DraftValidator.clean(draft, now()));
        if (clean.completesTaskId() != null) {
            throw new ValidationException("completesTaskId", "a task is completed when logging, not by an edit");
        }
        if (!clean.accountKey().equals(entry.accountKey())) {
            throw new ValidationException("accountKey", "an entry stays with its account");
        }
        if (!store.update(Long.parseLong(entry.id()), expectedVersion, clean, by.username(), now())) {
            throw stale(entry.id());
        }
        complaintChanged(entry.type() == ContactType.COMPLAINT ? entry.type() : clean.type(), entry.accountKey());
        return find(entry.id());
    }

    @Override
    public ContactLogEntry setComplaintStatus(String id, long expectedVersion, ComplaintStatus status, CrmUser by) {
        if (status == null) {
            throw new ValidationException("status", "is required: OPEN, IN_PROGRESS or RESOLVED");
        }
        ContactLogEntry entry = find(id);
        if (entry.type() != ContactType.COMPLAINT) {
            throw new ValidationException("type", "only a COMPLAINT has a status");
        }
        if (!store.setStatus(Long.parseLong(entry.id()), expectedVersion, status, by.username(), now())) {
            throw stale(entry.id());
        }
        complaintChanged(entry.type(), entry.accountKey());
        return find(entry.id());
    }

    @Override
    public void delete(String id, CrmUser by) {
        ContactLogEntry entry = mayChange(id, by);
        store.softDelete(Long.parseLong(entry.id()), by.username(), now());
        complaintChanged(entry.type(), entry.accountKey());
    }

    @Override
    public ContactLogEntry find(String id) {
        return store.find(number(id)).filter(e -> !e.deleted())
                .orElseThrow(() -> new NotFoundException("contact log entry " + id));
    }

    @Override
    public List<ContactLogRevision> historyOf(String id) {
        return store.revisions(Long.parseLong(find(id).id()));
    }

    @Override
    public Page<ContactLogEntry> entriesOf(String accountKey, PageRequest page) {
        return store.ofAccount(account(accountKey).key(), page);
    }

    @Override
    public List<ContactLogEntry> openComplaintsOf(String accountKey) {
        return store.openComplaints(account(accountKey).key());
    }

    private ContactLogEntry mayChange(String id, CrmUser by) {
        ContactLogEntry entry = find(id);
        if (!entry.author().equals(by.username()) && !by.hasAnyRole(CrmRoles.ADMIN)) {
            throw new ForbiddenException("only the author or an admin may change or delete this entry");
        }
        return entry;
    }

    /** The draft on the account's surviving key, its contact person checked to belong to that account. */
    private ContactLogDraft resolved(ContactLogDraft d) {
        Customer account = account(d.accountKey());
        if (d.contactKey() != null) {
            ContactPerson person = contacts.find(d.contactKey())
                    .orElseThrow(() -> new ValidationException("contactKey", "no such contact person"));
            if (!person.accountKey().equals(account.key())) {
                throw new ValidationException("contactKey", "belongs to another account");
            }
        }
        return new ContactLogDraft(account.key(), d.contactKey(), d.type(), d.occurredAt(), d.summary(), d.outcome(),
                d.nextStep(), d.attachmentUrl(), d.complaintStatus(), d.completesTaskId(), d.taskOutcome());
    }

    private Customer account(String key) {
        if (key == null || key.isBlank()) {
            throw new ValidationException("accountKey", "is required");
        }
        return customers.find(key.strip()).orElseThrow(() -> new NotFoundException("customer " + key.strip()));
    }

    private Task taskOf(String accountKey, String taskId) {
        return tasks.tasksOfAccount(accountKey).stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new ValidationException("completesTaskId", "no task of this account"));
    }

    private static void requireOpen(Task task) {
        if (task.status() != TaskStatus.OPEN) {
            throw new ValidationException("completesTaskId", "the task is " + task.status() + ", not OPEN");
        }
    }

    /**
     * A retried request (same idempotency key, no entry under it yet) whose task is done by its author and named by
     * no entry: the earlier attempt completed the task and stopped before its entry was stored; the retry stores the
     * entry and does not complete the task again (decision 261).
     */
    private boolean completedByAnEarlierAttempt(Task task, CrmUser author) {
        return task.status() == TaskStatus.DONE && author.username().equals(task.completedBy())
                && !store.claimsTask(task.id());
    }

    /** The task's note: the entry's outcome, else its summary, cut to the task note's 1,000 characters. */
    private static String note(ContactLogDraft d) {
        String text = d.outcome() != null ? d.outcome() : d.summary();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("contact log entry " + id);
        }
    }

    private StaleVersionException stale(String id) {
        return new StaleVersionException("contact log entry " + id,
                store.find(Long.parseLong(id)).map(ContactLogEntry::version).orElse(0L));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
