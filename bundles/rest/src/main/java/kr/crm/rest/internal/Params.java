package kr.crm.rest.internal;

import java.util.Locale;
import kr.crm.api.common.PageRequest;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.CustomerKind;

/**
 * Query and header parameters parsed here rather than by JAX-RS, whose conversion failures
 * answer 404 and name nothing.
 */
final class Params {
    private Params() {
    }

    static PageRequest page(String page, String size) {
        return new PageRequest(integer("page", page, 0), integer("size", size, PageRequest.DEFAULT_SIZE));
    }

    static CustomerKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return CustomerKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "must be PERSON or COMPANY");
        }
    }

    /** The version named by an {@code If-Match} header such as {@code "3"}, or null if absent. */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ValidationException("If-Match", "must be the ETag of the version read, e.g. \"3\"");
        }
    }

    /** An ISO date such as {@code 2026-11-23}, or null if absent. */
    static java.time.LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(field, "must be an ISO date such as 2026-11-23");
        }
    }

    private static int integer(String field, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a whole number");
        }
    }
}
