package kr.crm.sync.internal;

/** A CardDAV request that failed: the server's status, or 0 if it could not be reached. */
final class DavException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    DavException(int status, String message) {
        super(message);
        this.status = status;
    }

    DavException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    int status() {
        return status;
    }
}
