package kr.crm.mail.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kr.crm.api.common.ValidationException;
import kr.crm.api.mail.OutgoingMail;

/** Checks a message before it is stored or sent; a rejection names the field. */
final class MailValidator {
    static final int MAX_KEY = 191;
    static final int MAX_SUBJECT = 900;
    static final int MAX_CATEGORY = 64;
    private static final Set<String> RESERVED = Set.of("from", "to", "cc", "bcc", "subject", "message-id", "date",
            "sender", "reply-to", "mime-version", "content-type", "content-transfer-encoding");
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,75}");
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9._:-]*");

    private MailValidator() {
    }

    static void check(OutgoingMail mail) {
        if (mail == null) {
            throw new ValidationException("mail", "is required");
        }
        text("dedupeKey", mail.dedupeKey(), MAX_KEY);
        if (mail.purpose() == null) {
            throw new ValidationException("purpose", "is required: TRANSACTIONAL or ADVERTISING");
        }
        address(mail.to());
        oneLine("toName", mail.toName(), 200, false);
        oneLine("fromName", mail.fromName(), 200, false);
        oneLine("subject", mail.subject(), MAX_SUBJECT, true);
        if (mail.text() == null || mail.text().isBlank()) {
            throw new ValidationException("text", "is required: every message has a plain-text body");
        }
        text("category", mail.category(), MAX_CATEGORY);
        if (!CATEGORY.matcher(mail.category()).matches()) {
            throw new ValidationException("category", "must be lower-case letters, digits and . _ : -");
        }
        for (Map.Entry<String, String> h : mail.headers().entrySet()) {
            header(h.getKey(), h.getValue());
        }
    }

    static String domain(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    private static void address(String to) {
        if (to == null || to.isBlank()) {
            throw new ValidationException("to", "is required");
        }
        try {
            InternetAddress parsed = new InternetAddress(to, true);
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(to.strip()) || !to.contains("@")
                    || domain(to).indexOf('.') < 0) {
                throw new ValidationException("to", "must be a single address like name@example.co.kr");
            }
        } catch (AddressException e) {
            throw new ValidationException("to", "is not a valid e-mail address");
        }
    }

    private static void header(String name, String value) {
        if (name == null || !HEADER_NAME.matcher(name).matches()) {
            throw new ValidationException("headers", "a header name must be letters, digits and hyphens");
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new ValidationException("headers." + name, "is set by the mail bundle, not by the message");
        }
        oneLine("headers." + name, value, 900, true);
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        if (value.length() > max) {
            throw new ValidationException(field, "is longer than " + max + " characters");
        }
    }

    private static void oneLine(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationException(field, "is required");
            }
            return;
        }
        if (value.length() > max) {
            throw new ValidationException(field, "is longer than " + max + " characters");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new ValidationException(field, "must be one line (no line breaks)");
        }
    }
}
