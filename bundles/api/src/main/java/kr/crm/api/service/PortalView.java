package kr.crm.api.service;

import java.time.Instant;
import java.util.List;

/**
 * A request as the customer sees it through the follow link: no staff names, no internal notes.
 *
 * @param reference reference number
 * @param type type code
 * @param typeNameKo the type's Korean name
 * @param typeNameEn the type's English name
 * @param subject short title
 * @param description what was asked
 * @param status where it stands
 * @param receivedAt when it came in
 * @param resolvedAt when it was resolved, if it is
 * @param entries the visible history, oldest first
 * @param attachments the files sent with it
 * @param expiresAt when this link stops working
 * @param surveyOpen true while the current resolution awaits the customer's satisfaction answer (since 0.2)
 * @param survey the customer's answer to the current resolution, null if none (since 0.2)
 */
public record PortalView(String reference, String type, String typeNameKo, String typeNameEn, String subject,
        String description, RequestStatus status, Instant receivedAt, Instant resolvedAt, List<PortalEntry> entries,
        List<AttachmentInfo> attachments, Instant expiresAt, boolean surveyOpen,
        SurveyResult survey) {
}
