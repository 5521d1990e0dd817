package kr.crm.campaign.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import kr.crm.api.campaign.BounceKind;
import kr.crm.api.campaign.BounceReport;
import kr.crm.api.campaign.CampaignRecipient;
import kr.crm.api.identity.IdentityNormalizer;
import kr.crm.api.store.CampaignStore;

/**
 * Turns one message of the bounce mailbox into one recorded report: parsed ({@link DsnParser}), matched to its
 * outbox row by the signed {@value BounceRefs#HEADER} reference, classified by its status (5.x.x permanent, anything
 * else recorded only) and stored once under a key made of the notification's Message-ID (or, without one, its
 * bytes) and the row (decisions 246, 247).
 */
final class BounceRecorder {
    /** What became of a message, and whether it was new. */
    record Result(BounceKind kind, boolean recorded) {
    }

    private final CampaignStore store;
    private final BounceRefs refs;
    private final IdentityNormalizer normalizer;
    private final DsnParser parser = new DsnParser();
    private final Clock clock;

    BounceRecorder(CampaignStore store, BounceRefs refs, IdentityNormalizer normalizer, Clock clock) {
        this.store = store;
        this.refs = refs;
        this.normalizer = normalizer;
        this.clock = clock;
    }

    Result record(byte[] raw) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DeliveryReport dsn;
        try {
            dsn = parser.parse(raw);
        } catch (DsnParser.Malformed e) {
            BounceReport r = new BounceReport(0, null, null, BounceKind.MALFORMED, null, null, e.getMessage(), null, now);
            return new Result(BounceKind.MALFORMED, store.recordBounce(key(null, raw, "malformed"), r, null));
        }
        OptionalLong row = refs.verify(dsn.ref());
        Optional<CampaignRecipient> recipient = row.isPresent() ? store.recipient(row.getAsLong()) : Optional.empty();
        if (recipient.isEmpty()) {
            String why = dsn.ref() == null ? "no " + BounceRefs.HEADER + " header in the returned headers"
                    : row.isEmpty() ? "a " + BounceRefs.HEADER + " header that does not verify" : "no such outbox row";
            BounceReport r = new BounceReport(0, null, null, BounceKind.UNMATCHED, dsn.status(), dsn.action(), why,
                    dsn.date(), now);
            return new Result(BounceKind.UNMATCHED, store.recordBounce(key(dsn.messageId(), raw, "unmatched"), r, null));
        }
        CampaignRecipient c = recipient.get();
        BounceKind kind = dsn.permanent() ? BounceKind.PERMANENT : BounceKind.TRANSIENT;
        String addressKey = kind == BounceKind.PERMANENT ? normalizer.email(c.address()).canonical() : null;
        BounceReport r = new BounceReport(0, c.campaignId(), c.id(), kind, dsn.status(), dsn.action(), dsn.diagnostic(),
                dsn.date(), now);
        return new Result(kind, store.recordBounce(key(dsn.messageId(), raw, Long.toString(c.id())), r, addressKey));
    }

    /** {@code dsn:<sha-256 of the Message-ID, or of the bytes without one>:<row>}, at most 200 characters. */
    static String key(String messageId, byte[] raw, String row) {
        byte[] what = messageId == null || messageId.isBlank() ? raw
                : messageId.strip().getBytes(StandardCharsets.UTF_8);
        try {
            return "dsn:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(what)) + ":" + row;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
