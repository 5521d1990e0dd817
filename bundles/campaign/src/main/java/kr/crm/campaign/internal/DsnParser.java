package kr.crm.campaign.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MessageHeaders;

/**
 * Reads an RFC 3464 delivery status notification: a {@code multipart/report; report-type=delivery-status} whose
 * {@code message/delivery-status} part is parsed by Angus Mail's {@link DeliveryStatus} (per-message and
 * per-recipient fields) and whose returned headers ({@code text/rfc822-headers}, read by {@link MessageHeaders}, or
 * a whole {@code message/rfc822}) give the reference header. The parts are read as streams, so no activation
 * content handler (mailcap) is needed inside OSGi.
 */
final class DsnParser {
    private static final Pattern STATUS = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");
    private static final Session SESSION = Session.getInstance(new Properties());

    /** The message is no readable delivery status notification; the text says why, without addresses. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    DeliveryReport parse(byte[] raw) throws Malformed {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            ContentType type = new ContentType(message.getContentType());
            if (!type.match("multipart/report")
                    || !"delivery-status".equalsIgnoreCase(String.valueOf(type.getParameter("report-type")))) {
                throw new Malformed("not a multipart/report of report-type delivery-status");
            }
            MimeMultipart parts = new MimeMultipart(new ByteArrayDataSource(message.getRawInputStream(),
                    message.getContentType()));
            DeliveryStatus status = null;
            InternetHeaders returned = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("message/delivery-status") && status == null) {
                    try (InputStream in = part.getInputStream()) {
                        status = new DeliveryStatus(in);
                    }
                } else if (part.isMimeType("text/rfc822-headers") && returned == null) {
                    try (InputStream in = part.getInputStream()) {
                        returned = headers(new MessageHeaders(in));
                    }
                } else if (part.isMimeType("message/rfc822") && returned == null) {
                    try (InputStream in = part.getInputStream()) {
                        returned = headers(new MimeMessage(SESSION, in));
                    }
                }
            }
            if (status == null || status.getRecipientDSNCount() == 0) {
                throw new Malformed("no message/delivery-status part with a recipient block");
            }
            InternetHeaders worst = worst(status);
            String code = first(worst, "Status");
            if (code == null || !STATUS.matcher(code.strip()).lookingAt()) {
                throw new Malformed("no valid Status in the recipient block");
            }
            java.util.regex.Matcher m = STATUS.matcher(code.strip());
            m.lookingAt();
            Date date = message.getSentDate();
            String action = first(worst, "Action");
            return new DeliveryReport(message.getMessageID(), date == null ? null : date.toInstant(), m.group(),
                    action == null ? null : cut(action.strip().toLowerCase(Locale.ROOT), 16),
                    scrub(first(worst, "Diagnostic-Code")), returned == null ? null : first(returned, BounceRefs.HEADER));
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new Malformed("unreadable: " + e.getClass().getSimpleName());
        }
    }

    /** The first recipient block with a permanent status, else the first. */
    private static InternetHeaders worst(DeliveryStatus status) {
        for (int i = 0; i < status.getRecipientDSNCount(); i++) {
            String s = first(status.getRecipientDSN(i), "Status");
            if (s != null && s.strip().startsWith("5.")) {
                return status.getRecipientDSN(i);
            }
        }
        return status.getRecipientDSN(0);
    }

    private static InternetHeaders headers(MimeMessage m) throws MessagingException {
        InternetHeaders h = new InternetHeaders();
        for (var e = m.getAllHeaderLines(); e.hasMoreElements();) {
            h.addHeaderLine(e.nextElement());
        }
        return h;
    }

    private static String first(InternetHeaders h, String name) {
        String[] v = h.getHeader(name);
        return v == null || v.length == 0 ? null : utf8(v[0]);
    }

    /**
     * Header fields are read as Latin-1 bytes; a field in UTF-8 (RFC 6533, e.g. a Korean server's diagnostic) is
     * decoded as such when its bytes are valid UTF-8, else left as it is.
     */
    static String utf8(String latin1) {
        if (latin1.chars().allMatch(c -> c < 0x80) || latin1.chars().anyMatch(c -> c > 0xFF)) {
            return latin1;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return latin1;
        }
    }

    /** The remote answer without addresses (they are personal data), unfolded and at most 400 characters. */
    static String scrub(String diagnostic) {
        if (diagnostic == null || diagnostic.isBlank()) {
            return null;
        }
        String s = diagnostic.replaceAll("\\s+", " ").strip();
        int semi = s.indexOf(';');
        if (semi > 0 && semi < 12) { // "smtp; 550 5.1.1 …": the diagnostic type
            s = s.substring(semi + 1).strip();
        }
        return cut(ADDRESS.matcher(s).replaceAll("<address>"), 400);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
