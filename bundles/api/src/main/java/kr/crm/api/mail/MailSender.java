package kr.crm.api.mail;

import kr.crm.api.common.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends one message now over the configured SMTP relay. At most the configured number of connections per
 * receiving mail domain are open at once (default 3); a caller beyond that waits. Safe to call from several
 * threads.
 */
@ProviderType
public interface MailSender {

    /**
     * Sends {@code mail} with the given {@code Message-ID} (without angle brackets; without an {@code @} the
     * sender's domain is added; null to have one made).
     *
     * @return the {@code Message-ID} the message went out with
     * @throws MailDeliveryException when the relay refused it or could not be reached
     * @throws ValidationException naming the field when the message cannot be sent as given
     */
    String send(OutgoingMail mail, String messageId) throws MailDeliveryException;
}
