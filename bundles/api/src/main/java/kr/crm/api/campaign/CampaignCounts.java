package kr.crm.api.campaign;

/**
 * How a campaign's messages stand.
 *
 * @param campaignId the campaign
 * @param frozen recipients frozen at launch (and for the resend)
 * @param pending waiting (held ones included)
 * @param held of those, waiting for a later time (start time or night hold)
 * @param sending handed over, answer not recorded
 * @param sent accepted
 * @param failed refused for good
 * @param skipped stopped at send time (opt-out or lost basis)
 * @param bounced hard bounces
 * @param opened recipients who opened at least once
 * @param clicked recipients who clicked at least once
 * @param resent of the frozen, rows of the resend to unopened
 */
public record CampaignCounts(long campaignId, long frozen, long pending, long held, long sending, long sent,
        long failed, long skipped, long bounced, long opened, long clicked, long resent) {
}
