package kr.crm.api.identity;

/**
 * An identifying value as entered and in canonical form. Invalid values are kept as entered and
 * flagged, never dropped: {@code canonical} is still set when the value has the right shape but
 * fails a check (a business registration number with a wrong check digit), and null when it
 * cannot be read at all.
 *
 * @param entered the value as entered, trimmed; null if none
 * @param canonical the canonical form, or null if it cannot be read
 * @param valid true if the value passes every check
 */
public record Normalized(String entered, String canonical, boolean valid) {

    /** Nothing was entered. */
    public static final Normalized ABSENT = new Normalized(null, null, false);

    /** True if there was a value. */
    public boolean present() {
        return entered != null;
    }
}
