package kr.crm.api.service;

import java.util.List;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.security.CrmUser;
import org.osgi.annotation.versioning.ProviderType;

/** Service requests: intake, the status flow with its history, assignment, replies and the SLA sweep. */
@ProviderType
public interface ServiceRequestService {

    /**
     * Records a request entered by staff. Its SLA targets are set from its type and the working-hours calendar.
     *
     * @param idempotencyKey optional caller-chosen id; repeating it returns the first request
     */
    ServiceRequest create(ServiceRequestDraft draft, String idempotencyKey, CrmUser by);

    ServiceRequest find(String id);

    /** The history, oldest first. */
    List<RequestChange> historyOf(String id);

    /** A customer's requests, newest first; only open ones if {@code openOnly}. */
    List<ServiceRequest> requestsOf(String accountKey, boolean openOnly);

    /** Requests by status and/or type (null = any), newest first. */
    Page<ServiceRequest> search(RequestStatus status, String type, PageRequest page);

    /** Moves a request along the configured flow; the comment is kept in its history. */
    ServiceRequest changeStatus(String id, long expectedVersion, RequestStatus to, String comment, CrmUser by);

    /** Sets assignee and team; a {@link RequestStatus#RECEIVED} request becomes {@link RequestStatus#ASSIGNED}. */
    ServiceRequest assign(String id, long expectedVersion, String assignee, String team, String comment, CrmUser by);

    /** Adds a reply to the customer ({@code toCustomer}) or an internal note; a reply counts as first response. */
    ServiceRequest comment(String id, String text, boolean toCustomer, CrmUser by);

    /** Files sent with a request (portal requests). */
    List<AttachmentInfo> attachmentsOf(String id);

    /** One file of a request. */
    Attachment attachment(String id, String attachmentId);

    /** Escalated requests that are still open, earliest escalation first. */
    List<ServiceRequest> escalated();

    /**
     * Flags open requests about to miss or missing a target and escalates missed ones to their team lead once,
     * under the database lease {@code service-sla}; runs on a schedule too.
     */
    SlaSweepResult sweep();

    /**
     * Requests matching a query, newest first: the staff's work queue.
     *
     * @since 0.4
     */
    default Page<ServiceRequest> search(RequestQuery query, PageRequest page) {
        throw new UnsupportedOperationException("search by query");
    }

    /**
     * Files a request under a topic of {@link #topics()} (null clears it), if the version is still the one read;
     * the change is kept in its history.
     *
     * @since 0.4
     */
    default ServiceRequest classify(String id, long expectedVersion, String topic, CrmUser by) {
        throw new UnsupportedOperationException("classify");
    }

    /**
     * The topic codes requests can be filed under, as configured.
     *
     * @since 0.4
     */
    default List<String> topics() {
        return List.of();
    }
}
