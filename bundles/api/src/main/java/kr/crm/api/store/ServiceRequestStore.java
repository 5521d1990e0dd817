package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.service.Attachment;
import kr.crm.api.service.AttachmentInfo;
import kr.crm.api.service.ChangeKind;
import kr.crm.api.service.RequestChange;
import kr.crm.api.service.RequestQuery;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.Requester;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceRequestDraft;
import kr.crm.api.service.SlaState;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Service requests and their history. Every change writes the request and its history entry in one transaction;
 * changes of the request itself are conditional on the version read.
 *
 * @since 2.4
 */
@ProviderType
public interface ServiceRequestStore {

    /**
     * Inserts a request (status {@code RECEIVED}, or {@code ASSIGNED} with an assignee) and its CREATED entry.
     *
     * @param draft cleaned: account resolved, channel, priority and receivedAt set
     * @return the new id, or empty if the idempotency key or the contact-log link is taken already
     */
    Optional<Long> insert(ServiceRequestDraft draft, RequestStatus status, Long contactLogId, Instant firstResponseDue,
            Instant resolutionDue, String by, String idempotencyKey, Instant at);

    /** Inserts a portal request with who asked and the files sent, in one transaction. @return the new id */
    long insertFromPortal(ServiceRequestDraft draft, Requester requester, List<Attachment> attachments,
            Instant firstResponseDue, Instant resolutionDue, Instant at);

    /** Who asked through the portal, if the request came from there. */
    Optional<Requester> requester(long id);

    /** The files sent with a request, by id. */
    List<AttachmentInfo> attachments(long id);

    /** One file of a request, if it belongs to it. */
    Optional<Attachment> attachment(long requestId, long attachmentId);

    Optional<ServiceRequest> find(long id);

    Optional<ServiceRequest> findByIdempotencyKey(String idempotencyKey);

    /** The request made from a contact-log complaint, if any. */
    Optional<ServiceRequest> findByContactLog(long contactLogId);

    /**
     * Moves the status if the version and status are still the ones read; sets resolvedAt on RESOLVED, clears it
     * when reopened, sets firstRespondedAt if {@code firstResponse} and it is not set; sets waitingSince on
     * WAITING_FOR_CUSTOMER and clears it on any other status; sets resolutionDue if it is not null (changed in 2.5:
     * the SLA clock pauses while the request waits for the customer).
     *
     * @return false if someone changed the request first
     */
    boolean changeStatus(long id, long expectedVersion, RequestStatus from, RequestStatus to, String comment,
            boolean firstResponse, String by, Instant at, Instant resolutionDue);

    /** Sets assignee and team (and the status, which may stay as it is) if the version is still the one read. */
    boolean assign(long id, long expectedVersion, String assignee, String team, RequestStatus from, RequestStatus to,
            String comment, String by, Instant at);

    /**
     * Adds a history entry without changing the request's content (a reply, a note, the customer's words); the
     * request's version does not move. A reply ({@code firstResponse}) sets firstRespondedAt if not set.
     */
    void addEntry(long id, ChangeKind kind, String comment, boolean visibleToCustomer, boolean firstResponse,
            String by, Instant at);

    /** The history, oldest first. */
    List<RequestChange> history(long id);

    List<ServiceRequest> ofAccount(String accountKey, boolean openOnly);

    Page<ServiceRequest> search(RequestStatus status, String type, PageRequest page);

    /** Open requests with id above {@code afterId}, by id, at most {@code limit}. */
    List<ServiceRequest> open(long afterId, int limit);

    /** Records what the SLA sweep found, if it differs; kept in the history. @return true if it changed */
    boolean flag(long id, SlaState state, String comment, Instant at);

    /**
     * Marks a request escalated to {@code to}, once: only if it was not escalated before.
     *
     * @return true if this call escalated it
     */
    boolean escalate(long id, String to, String comment, Instant at);

    /** Open escalated requests, earliest escalation first. */
    List<ServiceRequest> escalated();

    /**
     * Requests matching a work-queue query, newest first.
     *
     * @since 2.8
     */
    default Page<ServiceRequest> search(RequestQuery query, PageRequest page) {
        throw new UnsupportedOperationException("search by query");
    }

    /**
     * Sets the topic if the version is still the one read, with a TOPIC history entry.
     *
     * @return false if the version moved
     * @since 2.8
     */
    default boolean classify(long id, long expectedVersion, String topic, String by, Instant at) {
        throw new UnsupportedOperationException("classify");
    }

    /**
     * Accounts with an open complaint in the contact log that has no request yet (say, logged while the service
     * bundle was stopped), at most {@code limit}.
     *
     * @since 2.8
     */
    default List<String> accountsWithUnlinkedComplaints(int limit) {
        return List.of();
    }
}
