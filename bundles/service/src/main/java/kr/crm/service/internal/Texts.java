package kr.crm.service.internal;

import kr.crm.api.common.ResidentNumbers;
import java.util.regex.Pattern;
import kr.crm.api.common.ValidationException;

/**
 * Field checks shared by the service's validators; messages name the field, never the value. No text takes a resident
 * registration number (decision 197).
 */
final class Texts {
    static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private Texts() {
    }

    /** Stripped text, null if blank; refused if longer than {@code max} characters or holding control characters. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = ResidentNumbers.refuse(field, value.strip());
        if (s.codePointCount(0, s.length()) > max) {
            throw new ValidationException(field, "must be at most " + max + " characters");
        }
        if (s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new ValidationException(field, "must not hold control characters");
        }
        return s;
    }

    static String required(String field, String value, int max) {
        String s = optional(field, value, max);
        if (s == null) {
            throw new ValidationException(field, "is required");
        }
        return s;
    }

    /** A user name such as {@code rep.kim}, or null if blank. */
    static String user(String field, String value) {
        String s = optional(field, value, 64);
        if (s != null && !USER.matcher(s).matches()) {
            throw new ValidationException(field, "must be a user name (letters, digits, . _ @ -)");
        }
        return s;
    }
}
