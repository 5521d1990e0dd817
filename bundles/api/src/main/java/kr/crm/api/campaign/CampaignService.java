package kr.crm.api.campaign;

import java.util.List;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.CrmUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Campaigns: a segment, a template version, its channel and a start time. Launching freezes the recipients (the
 * segment's members with an address, minus opt-outs, minus those without a lawful basis) with the basis of each;
 * a sender job on one node at a time sends them, checking each person again at send time.
 *
 * @since 0.2
 */
@ProviderType
public interface CampaignService {

    /** @throws ValidationException naming the field (unknown segment or template, a transactional template …) */
    Campaign create(CampaignDraft draft, CrmUser by);

    /** Newest first. */
    List<Campaign> list(int limit);

    /** @throws NotFoundException if there is none */
    Campaign get(long id);

    /**
     * Freezes the recipients and starts sending at the start time. Only a DRAFT campaign can be launched.
     *
     * @throws ValidationException (field {@code state}) if it is not a draft
     */
    Campaign launch(long id, CrmUser by);

    /** The kill switch: nothing more of a RUNNING campaign is sent until it is resumed. */
    Campaign pause(long id, CrmUser by);

    /** Sends a PAUSED campaign on. */
    Campaign resume(long id, CrmUser by);

    /** Delivery, opens, clicks and bounces. */
    CampaignCounts counts(long id);

    /** The frozen recipients, in outbox order. */
    Page<CampaignRecipient> recipients(long id, PageRequest page);

    /** One frozen recipient with its basis at launch and its delivery. @throws NotFoundException */
    CampaignRecipient recipient(long campaignId, long recipientId);

    /** The send log of one outbox row: why each message to it was lawful (or why it was stopped). */
    List<SendLogEntry> sendLog(long campaignId, long recipientId);

    /**
     * The delivery status notifications read for one outbox row (permanent and transient), oldest first.
     *
     * @throws NotFoundException if the row is not the campaign's
     * @since 0.3
     */
    default List<BounceReport> bounces(long campaignId, long recipientId) {
        throw new UnsupportedOperationException("bounces");
    }

    /**
     * The delivery status notifications read for a campaign's messages, newest first, at most {@code limit}.
     *
     * @throws NotFoundException if there is no such campaign
     * @since 0.3
     */
    default List<BounceReport> bounces(long campaignId, int limit) {
        throw new UnsupportedOperationException("bounces");
    }
}
