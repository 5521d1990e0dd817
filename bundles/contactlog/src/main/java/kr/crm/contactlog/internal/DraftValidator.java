package kr.crm.contactlog.internal;

import kr.crm.api.common.ResidentNumbers;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import kr.crm.api.common.ValidationException;
import kr.crm.api.contactlog.ComplaintStatus;
import kr.crm.api.contactlog.ContactLogDraft;
import kr.crm.api.contactlog.ContactType;

/** Checks and cleans what a rep logs; messages name the field, never the value. */
final class DraftValidator {
    static final int SUMMARY_MAX = 2000;
    static final int TEXT_MAX = 1000;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private DraftValidator() {
    }

    /** The draft with texts stripped, blanks as null, time defaulted to now and a complaint's status to OPEN. */
    static ContactLogDraft clean(ContactLogDraft d, Instant now) {
        if (d == null) {
            throw new ValidationException("body", "is required");
        }
        if (d.type() == null) {
            throw new ValidationException("type", "is required: VISIT, CALL, DM, EMAIL, COMPLAINT, EVENT_PLAN or OTHER");
        }
        String summary = text("summary", d.summary(), SUMMARY_MAX);
        if (summary == null) {
            throw new ValidationException("summary", "is required");
        }
        OffsetDateTime at = d.occurredAt() == null ? now.atZone(SEOUL).toOffsetDateTime() : d.occurredAt();
        if (d.type() != ContactType.EVENT_PLAN && at.toInstant().isAfter(now.plus(1, ChronoUnit.DAYS))) {
            throw new ValidationException("occurredAt", "lies in the future; only an EVENT_PLAN may");
        }
        if (at.getYear() < 2000 || at.getYear() > 2037) {
            throw new ValidationException("occurredAt", "must lie between 2000 and 2037");
        }
        ComplaintStatus status = d.complaintStatus();
        if (d.type() == ContactType.COMPLAINT) {
            status = status == null ? ComplaintStatus.OPEN : status;
        } else if (status != null) {
            throw new ValidationException("complaintStatus", "is only for type COMPLAINT");
        }
        String contact = d.contactKey() == null || d.contactKey().isBlank() ? null
                : d.contactKey().strip().toUpperCase(Locale.ROOT);
        String task = d.completesTaskId() == null || d.completesTaskId().isBlank() ? null : d.completesTaskId().strip();
        if (task == null && d.taskOutcome() != null) {
            throw new ValidationException("taskOutcome", "needs completesTaskId");
        }
        return new ContactLogDraft(d.accountKey(), contact, d.type(), at.truncatedTo(ChronoUnit.MILLIS), summary,
                text("outcome", d.outcome(), TEXT_MAX), text("nextStep", d.nextStep(), TEXT_MAX),
                url(d.attachmentUrl()), status, task, d.taskOutcome());
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = ResidentNumbers.refuse(field, value.strip());
        if (s.codePointCount(0, s.length()) > max) {
            throw new ValidationException(field, "must be at most " + max + " characters");
        }
        return s;
    }

    private static String url(String value) {
        String s = text("attachmentUrl", value, TEXT_MAX);
        if (s == null) {
            return null;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return s;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ValidationException("attachmentUrl", "must be an http or https link");
    }
}
