package kr.crm.api.campaign;

import kr.crm.api.consent.Channel;

/**
 * A template as a marketer writes it: without {@code (광고)}, sender or opt-out lines, which the system adds.
 *
 * @param name the template's name; saving under the same name makes a new version
 * @param channel {@code EMAIL} or {@code SMS}
 * @param kind advertising or transactional
 * @param senderName the sender's name, shown after {@code (광고)}
 * @param senderContact the sender's phone or address, shown at the end
 * @param optOut SMS only: the free 080 number or the reply keyword for opting out (e.g. {@code 080-123-4567})
 * @param subject e-mail only: the subject
 * @param body the text; {@code {name}} is replaced by the recipient's name
 */
public record TemplateDraft(String name, Channel channel, TemplateKind kind, String senderName, String senderContact,
        String optOut, String subject, String body) {
}
