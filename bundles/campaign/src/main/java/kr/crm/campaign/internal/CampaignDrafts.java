package kr.crm.campaign.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import kr.crm.api.campaign.CampaignDraft;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.Channel;

/** Checks of a campaign draft's free fields; the errors name the field. */
final class CampaignDrafts {
    private CampaignDrafts() {
    }

    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "is required");
        }
        if (name.strip().length() > 200) {
            throw new ValidationException("name", "is longer than 200 characters");
        }
        return name.strip();
    }

    static String goodsKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        if (kind.strip().length() > 100) {
            throw new ValidationException("goodsKind", "is longer than 100 characters");
        }
        return kind.strip();
    }

    /** The resend to unopened: e-mail only (opens are seen only there), subject and sender name, 1 minute to 30 days. */
    static CampaignDraft.Resend resend(CampaignDraft.Resend r, Channel channel) {
        if (r == null) {
            return null;
        }
        if (channel != Channel.EMAIL) {
            throw new ValidationException("resend", "is for e-mail campaigns only: opens are not seen on " + channel);
        }
        String subject = text("resend.subject", r.subject(), 200);
        if (TemplateRules.hasMark(subject)) {
            throw new ValidationException("resend.subject", "must not carry (광고) or a lookalike: the system adds it");
        }
        String sender = text("resend.senderName", r.senderName(), 100);
        if (r.afterMinutes() == null || r.afterMinutes() < 1 || r.afterMinutes() > 43_200) {
            throw new ValidationException("resend.afterMinutes", "must be between 1 and 43200 (30 days)");
        }
        return new CampaignDraft.Resend(subject, sender, r.afterMinutes());
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        if (value.strip().length() > max || value.contains("\n") || value.contains("\r")) {
            throw new ValidationException(field, "must be one line of at most " + max + " characters");
        }
        return value.strip();
    }

    /** Null for "at launch"; a time more than a minute in the past is refused. */
    static Instant startAt(OffsetDateTime startAt, Instant now) {
        if (startAt == null) {
            return null;
        }
        Instant at = startAt.toInstant();
        if (at.isBefore(now.minusSeconds(60))) {
            throw new ValidationException("startAt", "is in the past");
        }
        if (at.isAfter(now.plus(java.time.Duration.ofDays(366)))) { // and within what the database stores
            throw new ValidationException("startAt", "is more than a year ahead");
        }
        return at;
    }
}
