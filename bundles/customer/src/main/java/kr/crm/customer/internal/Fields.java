package kr.crm.customer.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;
import kr.crm.api.common.ResidentNumbers;
import kr.crm.api.common.ValidationException;

/**
 * Field checks shared by the validators. Each returns the cleaned value or throws naming the field; no text field
 * takes a resident registration number (decision 197).
 */
final class Fields {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\t]");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private Fields() {
    }

    /** Trimmed one-line text, null if blank; at most {@code max} characters. */
    static String optionalLine(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = ResidentNumbers.refuse(field, value.strip());
        if (CONTROL.matcher(t).find() || LINE_BREAK.matcher(t).find()) {
            throw new ValidationException(field, "must be a single line without control characters");
        }
        if (t.codePointCount(0, t.length()) > max) {
            throw new ValidationException(field, "must be at most " + max + " characters");
        }
        return t;
    }

    static String requiredLine(String field, String value, int max) {
        String t = optionalLine(field, value, max);
        if (t == null) {
            throw new ValidationException(field, "is required");
        }
        return t;
    }

    /** Multi-line free text, at most {@code max} characters. */
    static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = ResidentNumbers.refuse(field, value.strip());
        if (CONTROL.matcher(t).find()) {
            throw new ValidationException(field, "must not contain control characters");
        }
        if (t.codePointCount(0, t.length()) > max) {
            throw new ValidationException(field, "must be at most " + max + " characters");
        }
        return t;
    }

    static String optionalUsername(String field, String value) {
        String t = optionalLine(field, value, 64);
        if (t != null && !USERNAME.matcher(t).matches()) {
            throw new ValidationException(field, "must be a user name of letters, digits and . _ @ -");
        }
        return t;
    }

    static LocalDate optionalPastDate(String field, LocalDate value) {
        if (value != null && (value.isAfter(LocalDate.now()) || value.getYear() < 1800)) {
            throw new ValidationException(field, "must be a date between 1800 and today");
        }
        return value;
    }

    static void absent(String field, Object value, String why) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            throw new ValidationException(field, why);
        }
    }
}
