package kr.crm.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kr.crm.api.audit.AccessEntry;

/**
 * A row's hash: SHA-256 (hex) over its fields, each written as {@code <length>:<value>;} (UTF-8, the length in
 * characters) in this order: seq, at (epoch ms), user, source, action, customer keys joined by commas, rows,
 * resource, reason ({@code -} for none, else {@code +reason}), the previous row's hash. The length prefix makes
 * the layout unambiguous whatever the values hold.
 */
final class ChainHash {
    private ChainHash() {
    }

    static String of(long seq, String previousHash, AccessEntry e) {
        StringBuilder b = new StringBuilder(256);
        field(b, Long.toString(seq));
        field(b, Long.toString(e.at().toEpochMilli()));
        field(b, e.user());
        field(b, e.source());
        field(b, e.action().name());
        field(b, String.join(",", e.customerKeys()));
        field(b, Integer.toString(e.rows()));
        field(b, e.resource());
        field(b, e.reason() == null ? "-" : "+" + e.reason());
        field(b, previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("every Java runtime has SHA-256", e1);
        }
    }

    private static void field(StringBuilder b, String value) {
        b.append(value.length()).append(':').append(value).append(';');
    }
}
