package kr.crm.service.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The customer's follow links: {@code <request id>.<expiry, epoch seconds>.<HMAC-SHA256 of both>}, base64url
 * without padding. Without the key nobody can make a token for another request or stretch an expiry.
 */
final class LinkTokens {
    static final int MIN_KEY_CHARS = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;

    LinkTokens(String secret, Clock clock) {
        if (secret == null || secret.length() < MIN_KEY_CHARS) {
            throw new IllegalArgumentException("the token secret needs at least " + MIN_KEY_CHARS + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
    }

    String issue(long requestId, Instant expiresAt) {
        String payload = requestId + "." + expiresAt.getEpochSecond();
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(payload));
    }

    /** The request id of a well-formed, correctly signed token that has not expired; else empty. */
    OptionalLong verify(String token) {
        if (token == null || token.length() > 200) {
            return OptionalLong.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].matches("[1-9][0-9]{0,18}") || !parts[1].matches("[0-9]{1,12}")) {
            return OptionalLong.empty();
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
        if (!MessageDigest.isEqual(given, mac(parts[0] + "." + parts[1]))) {
            return OptionalLong.empty();
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])))) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(parts[0]));
    }

    /** When a verified token expires. */
    static Instant expiryOf(String token) {
        return Instant.ofEpochSecond(Long.parseLong(token.split("\\.")[1]));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
