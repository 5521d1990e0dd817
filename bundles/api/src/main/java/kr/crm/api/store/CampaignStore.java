package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.campaign.BounceReport;
import kr.crm.api.campaign.Campaign;
import kr.crm.api.campaign.CampaignCounts;
import kr.crm.api.campaign.CampaignRecipient;
import kr.crm.api.campaign.CampaignState;
import kr.crm.api.campaign.RecipientState;
import kr.crm.api.campaign.SendLogEntry;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Campaigns, their per-recipient outbox, the append-only send log and tracking events. @since 2.8 */
@ProviderType
public interface CampaignStore {

    /** What the freeze of one launch needs. */
    record Freeze(long campaignId, long segmentId, String channel, String goodsKind, Instant at, Instant sixMonthsAgo,
            Instant startAt, String by) {
    }

    /** What the freeze did. */
    record Frozen(int segmentSize, int frozen) {
    }

    /** A row to send now and the recipient's name at launch. */
    record Due(CampaignRecipient recipient, String recipientName) {
    }

    Campaign insert(Campaign campaign);

    Optional<Campaign> find(long id);

    List<Campaign> list(int limit);

    /**
     * In one transaction: moves the campaign from DRAFT to RUNNING and inserts its recipients set-based (segment
     * members with an address, no opt-out, and a usable consent or the transaction exception).
     *
     * @return empty if the campaign was no longer a draft (nothing written)
     */
    Optional<Frozen> launch(Freeze freeze);

    /** Moves a campaign from one state to another. @return false if it was not in {@code from} */
    boolean changeState(long id, CampaignState from, CampaignState to, Instant at);

    /** Running campaigns whose start time has come. */
    List<Long> runnable(Instant now);

    /** DONE campaigns whose resend to unopened is due and not yet started. */
    List<Long> resendDue(Instant now);

    /**
     * In one transaction: the campaign back to RUNNING and a round-1 row for each first-round recipient who got the
     * message and neither opened nor clicked it. @return how many, or empty if another pass started it first
     */
    Optional<Integer> startResend(long campaignId, Instant now);

    /** Rows left in SENDING by a sender that died: back to PENDING (they go again with the same Message-ID). */
    int releaseStale(long campaignId);

    /** Up to {@code limit} PENDING rows not held past {@code now}, in outbox order. */
    List<Due> due(long campaignId, Instant now, int limit);

    /** PENDING to SENDING. @return false if another sender took it or the campaign was paused */
    boolean claim(long recipientId, Instant at);

    /**
     * SENDING to a final state with its send log entry, in one transaction; {@code attempted} counts a hand-over to
     * the relay or gateway.
     */
    void finish(long recipientId, RecipientState state, String error, boolean bounced, boolean attempted,
            SendLogEntry log);

    /** SENDING back to PENDING, held until {@code notBefore} (night hold, a relay that is down for now). */
    void hold(long recipientId, Instant notBefore, String reason, boolean attempted);

    /** Marks the campaign DONE if it has no row left that is not final. */
    boolean finishIfDone(long campaignId, Instant at);

    CampaignCounts counts(long campaignId, Instant now);

    Page<CampaignRecipient> recipients(long campaignId, PageRequest page);

    Optional<CampaignRecipient> recipient(long recipientId);

    List<SendLogEntry> sendLog(long recipientId);

    /** Records an open or click and counts it on the row. */
    void event(long recipientId, String kind, String url, Instant at);

    /**
     * Records one delivery status notification once: a second call with the same {@code reportKey} (the same
     * notification read again, by another node or a re-run) writes nothing. A new PERMANENT report of a SENT row
     * makes it BOUNCED (with status and diagnostic) and suppresses {@code addressKey} for later e-mail freezes, in
     * the same transaction.
     *
     * @param reportKey what identifies the notification and recipient, at most 200 characters
     * @param report the report; its id and recordedAt are set by the store
     * @param addressKey the returned message's canonical address (PERMANENT only), else null
     * @return true if it was new
     * @since 2.12
     */
    default boolean recordBounce(String reportKey, BounceReport report, String addressKey) {
        throw new UnsupportedOperationException("recordBounce");
    }

    /**
     * Recorded notifications of one campaign (and one row, when {@code recipientId} is not null), newest first.
     *
     * @since 2.12
     */
    default List<BounceReport> bounces(long campaignId, Long recipientId, int limit) {
        throw new UnsupportedOperationException("bounces");
    }

    /**
     * True if a permanent bounce suppresses this canonical e-mail address.
     *
     * @since 2.12
     */
    default boolean suppressed(String addressKey) {
        throw new UnsupportedOperationException("suppressed");
    }
}
