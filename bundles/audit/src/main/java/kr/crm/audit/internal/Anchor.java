package kr.crm.audit.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A chain head copied out of the database: its sequence number and hash, and when it was copied. One line of the
 * anchor file, tab-separated: {@code <seq>\t<hash>\t<ISO-8601 instant>}.
 */
record Anchor(long seq, String hash, Instant at) {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    String line() {
        return seq + "\t" + hash + "\t" + at + "\n";
    }

    /** @throws IllegalArgumentException naming what is wrong with the line */
    static Anchor parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
            throw new IllegalArgumentException("not three tab-separated fields");
        }
        try {
            long seq = Long.parseLong(f[0]);
            if (seq < 1 || !HASH.matcher(f[1]).matches()) {
                throw new IllegalArgumentException("sequence number or hash malformed");
            }
            return new Anchor(seq, f[1], Instant.parse(f[2]));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("sequence number or time malformed");
        }
    }
}
