package kr.crm.api.common;

/**
 * The caller may not do this to this record (its role allows the kind of action, but not here: e.g. a rep editing
 * another rep's contact-log entry). Nothing was written.
 *
 * @since 1.1
 */
public class ForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String reason) {
        super(reason);
    }
}
