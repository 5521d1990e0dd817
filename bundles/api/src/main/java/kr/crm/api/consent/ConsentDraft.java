package kr.crm.api.consent;

import java.time.OffsetDateTime;

/**
 * A consent or a refusal as staff or a form records it.
 *
 * @param subjectKey the customer key or the contact person key it is about
 * @param channel the channel
 * @param purpose advertising, night-time advertising or transactional notices
 * @param granted true for a consent, false for a refusal
 * @param method how it was given
 * @param noticeVersion the version of the notice text the person was shown, e.g. {@code ad-consent-2026-01}
 * @param evidence where the proof is (form submission id, scanned paper, call recording id), free text
 * @param occurredAt when the person gave it; null for now. Paper consents may be recorded later, never in the future
 */
public record ConsentDraft(String subjectKey, Channel channel, ConsentPurpose purpose, Boolean granted,
        ConsentMethod method, String noticeVersion, String evidence, OffsetDateTime occurredAt) {
}
