package kr.crm.campaign.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import kr.crm.api.common.ValidationException;

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

    /** Null for "at launch"; a time more than a minute in the past is refused. */
    static Instant startAt(OffsetDateTime startAt, Instant now) {
        if (startAt == null) {
            return null;
        }
        Instant at = startAt.toInstant();
        if (at.isBefore(now.minusSeconds(60))) {
            throw new ValidationException("startAt", "is in the past");
        }
        return at;
    }
}
