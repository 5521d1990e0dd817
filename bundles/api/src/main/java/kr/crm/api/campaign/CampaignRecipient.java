package kr.crm.api.campaign;

import java.time.Instant;
import kr.crm.api.consent.LawfulBasis;

/**
 * One frozen recipient and what became of its message.
 *
 * @param id the outbox row
 * @param campaignId the campaign
 * @param round 0 for the first message, 1 for the resend to unopened
 * @param customerKey the customer
 * @param address the e-mail address or number it goes to
 * @param basis the lawful basis found at launch
 * @param consentId the consent, when the basis is a consent
 * @param state state
 * @param notBefore held until then (start time, night hold), or null
 * @param attempts how often it was handed to the relay or gateway
 * @param doneAt when it became final, or null
 * @param lastError the relay's or gateway's answer on failure, or why it was skipped
 * @param bounced true for a hard bounce (a permanent refusal)
 * @param opens tracked opens
 * @param clicks tracked clicks
 * @param firstOpenAt first open, or null
 * @param lastClickAt last click, or null
 */
public record CampaignRecipient(long id, long campaignId, int round, String customerKey, String address, LawfulBasis basis,
        Long consentId, RecipientState state, Instant notBefore, int attempts, Instant doneAt, String lastError,
        boolean bounced, int opens, int clicks, Instant firstOpenAt, Instant lastClickAt) {
}
