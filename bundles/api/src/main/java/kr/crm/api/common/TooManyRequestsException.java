package kr.crm.api.common;

/**
 * A caller sent more than its share (a rate limit); it may try again later. Nothing was stored.
 *
 * @since 1.2
 */
public class TooManyRequestsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyRequestsException(String reason, long retryAfterSeconds) {
        super(reason);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds after which a new attempt may pass. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
