package kr.crm.api.service;

import java.util.List;

/**
 * A request as a customer submits it on the portal.
 *
 * @param requester who asks
 * @param type a code of the active types
 * @param subject short title, required
 * @param description what is needed, required
 * @param attachments files, within the configured count, size and types
 * @param lang {@code ko} or {@code en}: the language of the e-mails sent to the customer
 */
public record PortalSubmission(Requester requester, String type, String subject, String description,
        List<Attachment> attachments, String lang) {
}
