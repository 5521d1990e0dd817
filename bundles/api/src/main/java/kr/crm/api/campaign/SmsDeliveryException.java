package kr.crm.api.campaign;

/**
 * The SMS provider did not take a message. The message never holds the number.
 *
 * @since 0.2
 */
public class SmsDeliveryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean permanent;

    public SmsDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** True if a retry will not help (a refused number, a rejected message). */
    public boolean permanent() {
        return permanent;
    }
}
