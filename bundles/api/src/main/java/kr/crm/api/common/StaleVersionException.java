package kr.crm.api.common;

/**
 * An update named a version that is no longer current: someone else changed the record first.
 * Nothing was written.
 */
public class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " was changed by someone else (current version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
