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
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(field, "must be an ISO date such as 2026-11-23");
        }
        if (date.getYear() < 1900 || date.getYear() > 2100) { // also keeps date arithmetic from overflowing
            throw new ValidationException(field, "must be a date between 1900 and 2100");
        }
        return date;
    }

    /**
     * The file name a {@code Content-Disposition} header gives, e.g. {@code attachment;
     * filename="주문.xlsx"} or RFC 6266's {@code filename*=UTF-8''%EC%A3%BC...}; null if none. Only
     * the last path segment is kept, without control characters, at most 100 characters.
     */
    static String fileName(String contentDisposition) {
        if (contentDisposition == null) {
            return null;
        }
        String name = null;
        for (String part : contentDisposition.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length < 2) {
                continue;
            }
            String key = pair[0].strip().toLowerCase(Locale.ROOT);
            String value = pair[1].strip();
            if (key.equals("filename*")) {
                int quote = value.indexOf("''");
                if (quote > 0 && value.substring(0, quote).equalsIgnoreCase("UTF-8")) {
                    try {
                        name = java.net.URLDecoder.decode(value.substring(quote + 2).replace("+", "%2B"),
                                java.nio.charset.StandardCharsets.UTF_8);
                        break;
                    } catch (IllegalArgumentException e) {
                        // a broken encoding: fall back to the plain filename, if any
                    }
                }
            } else if (key.equals("filename")) {
                name = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        if (name == null) {
            return null;
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        return name.length() > 100 ? name.substring(0, 100) + "…" : name;
    }

    static int integer(String field, String value, int otherwise) {
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
