package kr.crm.api.campaign;

import java.time.Instant;
import kr.crm.api.consent.Channel;

/**
 * A stored, immutable template version.
 *
 * @param id row id
 * @param name name
 * @param version 1, 2, … per name
 * @param channel channel
 * @param kind kind
 * @param senderName sender name
 * @param senderContact sender contact
 * @param optOut SMS opt-out number or keyword, null for e-mail
 * @param subject e-mail subject, null for SMS
 * @param body body
 * @param createdAt when this version was saved
 * @param createdBy who saved it
 */
public record MessageTemplate(long id, String name, int version, Channel channel, TemplateKind kind,
        String senderName, String senderContact, String optOut, String subject, String body, Instant createdAt,
        String createdBy) {
}
