package kr.crm.api.common;

/**
 * Which page of a result to return.
 *
 * @param page zero-based page number, at least 0
 * @param size items per page, 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int page, int size) {
    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 200;
    /** The page size used when the caller does not say. */
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) {
            throw new ValidationException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
