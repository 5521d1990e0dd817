package kr.crm.api.mail;

import java.util.List;
import java.util.Optional;
import kr.crm.api.common.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores messages in MariaDB and has them sent by one node at a time; a message survives a host that dies
 * before sending it. Delivery is at least once: a node that dies after the relay accepted a message and before
 * recording it sends it again on the next run, with the same {@code Message-ID}.
 */
@ProviderType
public interface MailOutbox {

    /**
     * Stores a message to be sent soon. Idempotent: a second call with the same dedupe key returns the first
     * message's record and stores nothing.
     *
     * @throws ValidationException naming the field (e.g. {@code to}, {@code subject}) when the message cannot be
     *     sent as given
     */
    QueuedMail enqueue(OutgoingMail mail);

    /** The record of the message stored under {@code dedupeKey}. */
    Optional<QueuedMail> find(String dedupeKey);

    /** The newest records, newest first, optionally of one category (null for all). */
    List<QueuedMail> recent(String category, int limit);
}
