package kr.crm.consent.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.ConsentDraft;
import kr.crm.api.consent.OptOutDraft;

/** Checks what staff or a form sends before anything is stored. */
final class Drafts {
    private static final Duration OLDEST = Duration.ofDays(10 * 366);

    private Drafts() {
    }

    static void check(ConsentDraft d, Instant now) {
        if (d == null) {
            throw new ValidationException("body", "is required");
        }
        required("channel", d.channel());
        required("purpose", d.purpose());
        required("granted", d.granted());
        required("method", d.method());
        text("noticeVersion", d.noticeVersion(), 64, true);
        text("evidence", d.evidence(), 1000, false);
        occurredAt(d.occurredAt(), now);
    }

    static void check(OptOutDraft d) {
        if (d == null) {
            throw new ValidationException("body", "is required");
        }
        if ((d.customerKey() == null || d.customerKey().isBlank()) && (d.address() == null || d.address().isBlank())) {
            throw new ValidationException("customerKey", "or address is required");
        }
        required("method", d.method());
        text("evidence", d.evidence(), 1000, false);
    }

    static Instant occurredAt(OffsetDateTime at, Instant now) {
        if (at == null) {
            return now;
        }
        Instant i = at.toInstant();
        if (i.isAfter(now.plusSeconds(300))) {
            throw new ValidationException("occurredAt", "is in the future");
        }
        if (i.isBefore(now.minus(OLDEST))) {
            throw new ValidationException("occurredAt", "is more than 10 years ago");
        }
        return i;
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
    }

    private static void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationException(field, "is required");
            }
            return;
        }
        if (value.length() > max) {
            throw new ValidationException(field, "is longer than " + max + " characters");
        }
    }
}
