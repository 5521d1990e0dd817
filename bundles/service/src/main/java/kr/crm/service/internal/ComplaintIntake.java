package kr.crm.service.internal;

import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceRequestDraft;

/** Bundle-internal: what the complaint bridge asks of the request service. */
public interface ComplaintIntake {

    /** The request made from a contact-log complaint; once per complaint, however often it is asked. */
    ServiceRequest fromComplaint(ServiceRequestDraft draft, long contactLogId, String by);

    /**
     * Moves a request because its complaint changed in the contact log, outside the configured flow (the contact
     * log has its own). @return false if the request changed meanwhile
     */
    boolean settle(ServiceRequest request, RequestStatus to, String comment, String by);
}
