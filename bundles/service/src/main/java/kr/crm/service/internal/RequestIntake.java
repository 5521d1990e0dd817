package kr.crm.service.internal;

import java.util.List;
import kr.crm.api.service.Attachment;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.Requester;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceRequestDraft;

/** Bundle-internal: what the complaint bridge and the portal ask of the request service. */
public interface RequestIntake {

    /** The request made from a contact-log complaint; once per complaint, however often it is asked. */
    ServiceRequest fromComplaint(ServiceRequestDraft draft, long contactLogId, String by);

    /** A request from the customer portal, with who asked and the files sent; status RECEIVED, by {@code portal}. */
    ServiceRequest fromPortal(ServiceRequestDraft draft, Requester requester, List<Attachment> attachments);

    /**
     * Moves a request because its complaint changed in the contact log, outside the configured flow (the contact
     * log has its own). @return false if the request changed meanwhile
     */
    boolean settle(ServiceRequest request, RequestStatus to, String comment, String by);
}
