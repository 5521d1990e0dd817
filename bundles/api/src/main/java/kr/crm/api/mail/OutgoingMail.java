package kr.crm.api.mail;

import java.util.Map;

/**
 * One message to one recipient. The sender is the configured one unless {@code fromName} overrides the
 * display name (campaign resends use another sender name; the address stays the configured one).
 *
 * @param dedupeKey what makes this message unique for its writer, e.g. {@code service:42:receipt}; enqueueing
 *     the same key twice stores and sends one message
 * @param purpose transactional or advertising
 * @param customerKey the customer the message is about, or null (kept with the message for the send log)
 * @param to the recipient's address
 * @param toName the recipient's display name, or null
 * @param fromName the sender's display name for this message, or null for the configured one
 * @param subject the subject, any Unicode text (encoded as RFC 2047 UTF-8)
 * @param text the plain-text body, required
 * @param html an HTML alternative, or null
 * @param headers extra header lines, e.g. {@code List-Unsubscribe}; never {@code From}, {@code To} or
 *     {@code Subject}
 * @param category who wrote it, for listing and counting, e.g. {@code service.receipt}
 */
public record OutgoingMail(String dedupeKey, MailPurpose purpose, String customerKey, String to, String toName,
        String fromName, String subject, String text, String html, Map<String, String> headers, String category) {

    public OutgoingMail {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A plain-text transactional message without extra headers. */
    public static OutgoingMail transactional(String dedupeKey, String customerKey, String to, String toName,
            String subject, String text, String category) {
        return new OutgoingMail(dedupeKey, MailPurpose.TRANSACTIONAL, customerKey, to, toName, null, subject, text,
                null, Map.of(), category);
    }
}
