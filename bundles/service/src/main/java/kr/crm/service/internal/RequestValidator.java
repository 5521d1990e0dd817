package kr.crm.service.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.RequestChannel;
import kr.crm.api.service.RequestPriority;
import kr.crm.api.service.ServiceRequestDraft;

/** Checks and cleans a request draft: texts stripped, defaults set, nothing left that the store would refuse. */
final class RequestValidator {
    static final int SUBJECT_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    /** How far back a request taken earlier (a call, a visit) may be dated. */
    static final int BACKDATE_DAYS = 366;

    private RequestValidator() {
    }

    static ServiceRequestDraft clean(ServiceRequestDraft d, Instant now, ZoneId zone) {
        if (d == null) {
            throw new ValidationException("body", "is required");
        }
        String account = Texts.required("accountKey", d.accountKey(), 16).toUpperCase(Locale.ROOT);
        String contact = Texts.optional("contactKey", d.contactKey(), 16);
        String source = Texts.optional("orderSource", d.orderSource(), 50);
        String orderNo = Texts.optional("orderNo", d.orderNo(), 64);
        if ((source == null) != (orderNo == null)) {
            throw new ValidationException(source == null ? "orderSource" : "orderNo",
                    "orderSource and orderNo go together");
        }
        if (d.orderLine() != null && (orderNo == null || d.orderLine() < 1)) {
            throw new ValidationException("orderLine", orderNo == null ? "needs orderSource and orderNo"
                    : "must be 1 or more");
        }
        String type = Texts.required("type", d.type(), 30).toUpperCase(Locale.ROOT);
        OffsetDateTime received = d.receivedAt() == null ? now.atZone(zone).toOffsetDateTime() : d.receivedAt();
        if (received.toInstant().isAfter(now.plus(1, ChronoUnit.MINUTES))) {
            throw new ValidationException("receivedAt", "lies in the future");
        }
        if (received.toInstant().isBefore(now.minus(BACKDATE_DAYS, ChronoUnit.DAYS))) {
            throw new ValidationException("receivedAt", "lies more than " + BACKDATE_DAYS + " days back");
        }
        return new ServiceRequestDraft(account, contact == null ? null : contact.toUpperCase(Locale.ROOT), source,
                orderNo, d.orderLine(), type, d.channel() == null ? RequestChannel.REP : d.channel(),
                d.priority() == null ? RequestPriority.NORMAL : d.priority(),
                Texts.required("subject", d.subject(), SUBJECT_MAX),
                Texts.required("description", d.description(), DESCRIPTION_MAX), Texts.user("assignee", d.assignee()),
                Texts.optional("team", d.team(), 64), received.truncatedTo(ChronoUnit.MILLIS));
    }
}
