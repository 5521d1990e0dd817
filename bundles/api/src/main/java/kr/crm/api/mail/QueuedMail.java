package kr.crm.api.mail;

import java.time.Instant;

/**
 * A stored message's delivery record, without its text.
 *
 * @param id the outbox row
 * @param dedupeKey the writer's key
 * @param category who wrote it
 * @param purpose transactional or advertising
 * @param customerKey the customer it is about, or null
 * @param state queued, sent or failed
 * @param attempts how many times the relay was tried
 * @param queuedAt when it was stored
 * @param nextAttemptAt when the next try is due (queued only), else null
 * @param sentAt when the relay accepted it, else null
 * @param messageId the {@code Message-ID} it carries
 * @param lastError the relay's last answer on failure, without addresses, else null
 */
public record QueuedMail(long id, String dedupeKey, String category, MailPurpose purpose, String customerKey,
        MailState state, int attempts, Instant queuedAt, Instant nextAttemptAt, Instant sentAt, String messageId,
        String lastError) {
}
