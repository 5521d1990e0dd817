package kr.crm.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import kr.crm.api.mail.OutgoingMail;

/**
 * Turns an {@link OutgoingMail} into a MIME message: UTF-8 everywhere (RFC 2047 words in the subject and names,
 * quoted-printable or base64 bodies as Jakarta Mail picks), a plain-text body with an optional HTML alternative,
 * and the caller's {@code Message-ID}, so that a message sent twice after a crash carries the same one.
 */
final class MimeComposer {
    private static final String UTF8 = StandardCharsets.UTF_8.name();

    private final String fromAddress;
    private final String fromName;

    MimeComposer(String fromAddress, String fromName) {
        this.fromAddress = fromAddress;
        this.fromName = fromName == null || fromName.isBlank() ? null : fromName;
    }

    MimeMessage compose(Session session, OutgoingMail mail, String messageId, Instant date) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, "<" + messageId + ">");
        try {
            String name = mail.fromName() == null || mail.fromName().isBlank() ? fromName : mail.fromName();
            message.setFrom(new InternetAddress(fromAddress, name, UTF8));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), mail.toName(), UTF8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always there", e);
        }
        message.setSubject(mail.subject(), UTF8);
        message.setSentDate(Date.from(date));
        for (Map.Entry<String, String> h : mail.headers().entrySet()) {
            message.setHeader(h.getKey(), h.getValue());
        }
        if (mail.html() == null || mail.html().isBlank()) {
            message.setText(mail.text(), UTF8, "plain");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), UTF8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), UTF8, "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        message.saveChanges();
        return message;
    }

    /** Keeps the given Message-ID instead of the random one Jakarta Mail makes on saveChanges. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
