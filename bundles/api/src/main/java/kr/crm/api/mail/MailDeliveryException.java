package kr.crm.api.mail;

/**
 * The relay did not take a message. Its message is the relay's answer or the connection error, never the
 * recipient's address.
 */
public class MailDeliveryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** True for an answer that will not change on retry (SMTP 5xx, a rejected address). */
    public boolean permanent() {
        return permanent;
    }
}
