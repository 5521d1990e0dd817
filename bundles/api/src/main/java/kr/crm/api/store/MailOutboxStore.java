package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.mail.OutgoingMail;
import kr.crm.api.mail.QueuedMail;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The transactional mail outbox, shared by every host node.
 *
 * @since 2.5
 */
@ProviderType
public interface MailOutboxStore {

    /** A stored message with what it takes to send it. */
    record PendingMail(QueuedMail record, OutgoingMail mail) {
    }

    /** Stores {@code mail} as queued, due now, unless its dedupe key is stored. @return the stored record */
    QueuedMail insert(OutgoingMail mail, String messageId, Instant now);

    Optional<QueuedMail> find(String dedupeKey);

    List<QueuedMail> recent(String category, int limit);

    /** Queued messages due at {@code now}, oldest first. */
    List<PendingMail> due(Instant now, int limit);

    /** Records acceptance by the relay. @return false if the row was not queued any more */
    boolean markSent(long id, Instant at);

    /**
     * Claims a due message for one sender until {@code until}: only the first of two passes that overlap (a
     * component restarted while its old pass was still sending) gets it; a sender that dies holding the claim
     * leaves the message due again at {@code until}.
     *
     * @return true if this call claimed it
     * @since 2.8
     */
    default boolean claim(long id, Instant now, Instant until) {
        return true;
    }

    /** Records a failed try; the message stays queued until {@code nextAttemptAt}. */
    boolean markRetry(long id, String error, Instant nextAttemptAt);

    /** Records a failure for good. */
    boolean markFailed(long id, String error, Instant at);
}
