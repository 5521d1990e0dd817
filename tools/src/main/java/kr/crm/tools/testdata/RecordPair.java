package kr.crm.tools.testdata;

/**
 * Two record ids ({@link ChannelRecord#recordId()}) that belong to the same true customer; the
 * smaller id (by {@link String#compareTo}) comes first, so equal pairs are equal records.
 *
 * @param first the smaller record id
 * @param second the larger record id
 */
public record RecordPair(String first, String second) {

    /** Validates the order. */
    public RecordPair {
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("not ordered: " + first + ", " + second);
        }
    }

    /** The pair of two different record ids, in either order. */
    public static RecordPair of(String a, String b) {
        return a.compareTo(b) < 0 ? new RecordPair(a, b) : new RecordPair(b, a);
    }
}
