package kr.crm.api.consent;

import java.time.Instant;

/**
 * A stored consent or refusal; never changed except for the notices sent about it.
 *
 * @param id record id
 * @param subjectKey the customer or contact person key it was recorded for
 * @param channel the channel
 * @param purpose the purpose
 * @param granted consent (true) or refusal (false)
 * @param method how it was given
 * @param noticeVersion the notice text version shown
 * @param evidence where the proof is
 * @param occurredAt when it was given
 * @param recordedAt when the CRM stored it
 * @param recordedBy who stored it
 * @param noticeDueAt by when the person must have been told (14 days after it was given)
 * @param noticeSentAt when the confirmation notice was handed to the outbox, null if not yet
 * @param reconfirmDueAt by when a standing advertising consent must be re-confirmed (2 years after it was given or
 *     last re-confirmed); null for refusals and transactional consents
 * @param reconfirmedAt when the last re-confirmation notice was handed to the outbox, null if none
 */
public record ConsentRecord(long id, String subjectKey, Channel channel, ConsentPurpose purpose, boolean granted,
        ConsentMethod method, String noticeVersion, String evidence, Instant occurredAt, Instant recordedAt,
        String recordedBy, Instant noticeDueAt, Instant noticeSentAt, Instant reconfirmDueAt, Instant reconfirmedAt) {

    /** True if the confirmation notice went out, or its 14 days are not over at {@code at}. */
    public boolean noticeInTime(Instant at) {
        return noticeSentAt != null || at.isBefore(noticeDueAt);
    }
}
