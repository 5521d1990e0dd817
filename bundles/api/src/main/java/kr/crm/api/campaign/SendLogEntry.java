package kr.crm.api.campaign;

import java.time.Instant;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.LawfulBasis;

/**
 * One entry of the append-only send log: a message handed over or stopped at send time, and why it was lawful.
 *
 * @param id entry id
 * @param campaignId the campaign
 * @param recipientId the outbox row
 * @param customerKey the recipient's key
 * @param channel the channel
 * @param templateName the template
 * @param templateVersion the exact template version
 * @param outcome SENT, FAILED or SKIPPED
 * @param basis the lawful basis checked at send time, or null when there was none (SKIPPED)
 * @param consentId the consent used, when the basis is a consent
 * @param basisDetail the consent or the order that made it lawful, or why it was stopped, in words
 * @param messageId the Message-ID or gateway message id, or null
 * @param at when
 */
public record SendLogEntry(long id, long campaignId, long recipientId, String customerKey, Channel channel,
        String templateName, int templateVersion, RecipientState outcome, LawfulBasis basis, Long consentId,
        String basisDetail, String messageId, Instant at) {
}
