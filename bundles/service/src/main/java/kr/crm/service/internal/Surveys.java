package kr.crm.service.internal;

import java.util.Optional;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.SurveyResult;

/** Bundle-internal: the satisfaction survey as the portal asks it. */
public interface Surveys {

    /** True while the request's current resolution has not been rated yet. */
    boolean open(ServiceRequest request);

    /** The answer to the request's current resolution, if it was rated. */
    Optional<SurveyResult> answerOf(ServiceRequest request);

    /**
     * Records the customer's answer to the current resolution; a low score gives the account's owner rep a
     * follow-up task and the request an internal note. Refused (400 naming {@code score}) if the request is not
     * resolved or the resolution was rated.
     */
    SurveyResult answer(ServiceRequest request, Integer score, String comment);
}
