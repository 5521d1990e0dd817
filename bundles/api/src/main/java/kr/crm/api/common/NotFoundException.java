package kr.crm.api.common;

/** The addressed record does not exist (or the caller may not know that it does). */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what);
    }
}
