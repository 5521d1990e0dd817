package kr.crm.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.privacy.DataSubjectCase;
import kr.crm.api.privacy.DataSubjectRequestDraft;
import kr.crm.api.privacy.DataSubjectService;
import kr.crm.api.privacy.SubjectData;
import kr.crm.api.privacy.SubjectRight;
import kr.crm.api.security.CrmUser;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceRequestDraft;
import kr.crm.api.service.ServiceRequestService;
import kr.crm.api.store.PrivacyStore;
import kr.crm.api.store.PrivacyStore.SubjectRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Data-subject requests as service requests of type {@code DATA_SUBJECT} (their status flow, assignee, history and
 * SLA sweep), each with a row naming the right exercised and the legal due date. Erasure and restriction are carried
 * out by {@link Erasures}.
 */
@Component(service = DataSubjectService.class)
public final class DefaultDataSubjectService implements DataSubjectService {
    static final String TYPE = "DATA_SUBJECT";
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_REASON = 500;

    private final ServiceRequestService requests;
    private final ContactPersonService contacts;
    private final PrivacyStore store;
    private final Erasures erasures;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DefaultDataSubjectService(@Reference ServiceRequestService requests,
            @Reference ContactPersonService contacts, @Reference PrivacyStore store, @Reference Erasures erasures) {
        this.requests = requests;
        this.contacts = contacts;
        this.store = store;
        this.erasures = erasures;
    }

    @Override
    public DataSubjectCase open(DataSubjectRequestDraft draft, String idempotencyKey, CrmUser by) {
        if (draft == null) {
            throw new ValidationException("body", "is required");
        }
        String key = draft.customerKey() == null ? "" : draft.customerKey().strip();
        if (key.isEmpty()) {
            throw new ValidationException("customerKey", "is required");
        }
        if (draft.right() == null) {
            throw new ValidationException("right", "is required: ACCESS, CORRECTION, ERASURE or RESTRICTION");
        }
        if (draft.description() == null || draft.description().isBlank()) {
            throw new ValidationException("description", "is required: what the person asked");
        }
        if (draft.description().length() > MAX_DESCRIPTION) {
            throw new ValidationException("description", "at most " + MAX_DESCRIPTION + " characters");
        }
        String account = key;
        String contact = null;
        var person = contacts.find(key);
        if (person.isPresent()) {
            account = person.get().accountKey();
            contact = key;
        }
        ServiceRequest created = requests.create(new ServiceRequestDraft(account, contact, null, null, null, TYPE,
                null, null, subject(draft.right()), draft.description().strip(), null, null, draft.receivedAt()),
                idempotencyKey, by);
        long id = Long.parseLong(created.id());
        if (store.subjectRequest(id).isEmpty()) {
            String subject = contact != null ? contact : created.accountKey();
            store.saveSubjectRequest(new SubjectRequest(id, subject, draft.right(),
                    LegalDueDate.of(created.receivedAt()), null, null, null, null, null, null));
        }
        return find(created.id());
    }

    @Override
    public DataSubjectCase find(String requestId) {
        SubjectRequest row = row(requestId);
        return view(row, requests.find(requestId));
    }

    @Override
    public List<DataSubjectCase> list(boolean pendingOnly, int limit) {
        return store.subjectRequests(pendingOnly, limit).stream()
                .map(r -> view(r, requests.find(String.valueOf(r.requestId())))).toList();
    }

    @Override
    public SubjectData gather(String requestId, CrmUser by) {
        SubjectRequest row = row(requestId);
        List<String> keys = isContact(row) ? List.of(row.subjectKey()) : store.subjectKeys(row.subjectKey());
        Map<String, List<Map<String, Object>>> areas = store.subjectData(keys);
        Instant at = now();
        store.markGathered(row.requestId(), at);
        int rows = areas.values().stream().mapToInt(List::size).sum();
        if (row.right() == SubjectRight.ACCESS && row.executedAt() == null) {
            String outcome = "gathered for the person: " + rows + " rows in " + areas.size() + " areas";
            store.markExecuted(row.requestId(), at, by.username(), outcome);
            requests.comment(requestId, outcome, false, by);
        }
        return new SubjectData(row.subjectKey(), keys, at, areas);
    }

    @Override
    public DataSubjectCase erase(String requestId, CrmUser by) {
        SubjectRequest row = row(requestId);
        requireRight(row, SubjectRight.ERASURE);
        if (row.executedAt() == null) {
            String outcome = isContact(row) ? erasures.eraseContact(row, by) : erasures.eraseCustomer(row, by);
            done(row, outcome, by);
        }
        return find(requestId);
    }

    @Override
    public DataSubjectCase restrict(String requestId, CrmUser by) {
        SubjectRequest row = row(requestId);
        requireRight(row, SubjectRight.RESTRICTION);
        if (row.executedAt() == null) {
            done(row, erasures.restrict(row, by), by);
        }
        return find(requestId);
    }

    @Override
    public DataSubjectCase liftRestriction(String requestId, String reason, CrmUser by) {
        SubjectRequest row = row(requestId);
        requireRight(row, SubjectRight.RESTRICTION);
        if (row.executedAt() == null) {
            throw new ValidationException("status", "the restriction is not carried out yet: nothing to lift");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new ValidationException("reason", "is required, at most " + MAX_REASON
                    + " characters: why processing may go on (e.g. the person asked for it)");
        }
        if (row.liftedAt() != null) {
            throw new ValidationException("status", "the restriction was lifted already");
        }
        // the note first: the reason is not kept elsewhere, and a refused note (say, a resident registration number
        // in it) lifts nothing; a lift that fails after it is asked again and noted again
        requests.comment(String.valueOf(row.requestId()), "restriction lifted: " + reason.strip()
                + "; the opt-outs stay (advertising needs a new consent)", false, by);
        store.liftRestriction(row.requestId(), row.subjectKey(), now(), by.username());
        return find(requestId);
    }

    private void done(SubjectRequest row, String outcome, CrmUser by) {
        store.markExecuted(row.requestId(), now(), by.username(), outcome);
        requests.comment(String.valueOf(row.requestId()), outcome, false, by);
    }

    private boolean isContact(SubjectRequest row) {
        return requests.find(String.valueOf(row.requestId())).contactKey() != null;
    }

    private SubjectRequest row(String requestId) {
        long id;
        try {
            id = Long.parseLong(requestId);
        } catch (NumberFormatException e) {
            throw new NotFoundException("data-subject request " + requestId + " not found");
        }
        return store.subjectRequest(id)
                .orElseThrow(() -> new NotFoundException("data-subject request " + requestId + " not found"));
    }

    private static void requireRight(SubjectRequest row, SubjectRight right) {
        if (row.right() != right) {
            throw new ValidationException("right", "this case asks for " + row.right() + ", not " + right);
        }
    }

    private DataSubjectCase view(SubjectRequest row, ServiceRequest request) {
        Instant executed = row.executedAt();
        String by = row.executedBy();
        if (executed == null && (request.status() == RequestStatus.RESOLVED
                || request.status() == RequestStatus.CLOSED)) {
            executed = Optional.ofNullable(request.resolvedAt()).orElse(request.updatedAt());
            by = request.updatedBy();
        }
        boolean overdue = executed == null ? now().isAfter(row.legalDueAt()) : executed.isAfter(row.legalDueAt());
        return new DataSubjectCase(request.id(), row.subjectKey(), row.right(), request.status().name(),
                request.receivedAt(), row.legalDueAt(), overdue, row.gatheredAt(), executed, by, row.outcome(),
                row.liftedAt(), row.liftedBy());
    }

    private static String subject(SubjectRight right) {
        return switch (right) {
            case ACCESS -> "개인정보 열람 요구";
            case CORRECTION -> "개인정보 정정 요구";
            case ERASURE -> "개인정보 삭제 요구";
            case RESTRICTION -> "개인정보 처리정지 요구";
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
