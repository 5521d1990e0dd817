package kr.crm.api.campaign;

import java.time.OffsetDateTime;

/**
 * A campaign as a marketer sets it up. The channel is the template's.
 *
 * @param name what the marketer calls it
 * @param segmentId the saved segment whose members receive it
 * @param templateName the template
 * @param templateVersion its version, or null/0 for the newest at creation
 * @param goodsKind the kind of goods advertised (an order line category), for the 6-month transaction exception;
 *     null if only consents count
 * @param startAt when sending may begin; null for as soon as it is launched
 * @param resend e-mail only: resend once to those who did not open, or null
 */
public record CampaignDraft(String name, Long segmentId, String templateName, Integer templateVersion,
        String goodsKind, OffsetDateTime startAt, Resend resend) {

    /**
     * The one resend to recipients who did not open the first message.
     *
     * @param subject the resend's subject ({@code (광고)} is put before it)
     * @param senderName the display name of the resend's From
     * @param afterMinutes how long after the first round is done
     */
    public record Resend(String subject, String senderName, Integer afterMinutes) {
    }
}
