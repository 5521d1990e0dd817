package kr.crm.api.campaign;

import java.time.Instant;
import kr.crm.api.consent.Channel;

/**
 * A stored campaign.
 *
 * @param id id
 * @param name name
 * @param segmentId the segment
 * @param templateName the template
 * @param templateVersion the template version every message uses
 * @param channel the template's channel
 * @param goodsKind the kind of goods for the transaction exception, or null
 * @param startAt when sending begins, null for at launch
 * @param state state
 * @param segmentSize members of the segment at launch, null before
 * @param frozen recipients frozen at launch (members with an address, no opt-out and a lawful basis), null before
 * @param createdBy who created it
 * @param createdAt when
 * @param launchedAt when it was launched, or null
 * @param finishedAt when its last recipient row became final, or null
 * @param resend the resend to unopened, or null
 * @param resendStartedAt when the resend's recipients were frozen, or null
 * @param resent how many were frozen for the resend, or null
 */
public record Campaign(long id, String name, long segmentId, String templateName, int templateVersion,
        Channel channel, String goodsKind, Instant startAt, CampaignState state, Integer segmentSize, Integer frozen,
        String createdBy, Instant createdAt, Instant launchedAt, Instant finishedAt, CampaignDraft.Resend resend,
        Instant resendStartedAt, Integer resent) {
}
