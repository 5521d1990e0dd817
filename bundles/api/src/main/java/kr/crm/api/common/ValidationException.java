package kr.crm.api.common;

/**
 * Input was rejected. Names the offending field and says why, in words a caller can act on.
 * Never carries the rejected value itself: it may be personal data.
 */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ValidationException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The dotted path of the rejected field, e.g. {@code phone} or {@code contacts[2].email}. */
    public String field() {
        return field;
    }
}
