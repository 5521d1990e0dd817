package kr.crm.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per node and for a short time, which user/password/stored-hash triples verified, so
 * that HTTP Basic clients do not pay a 210,000-round PBKDF2 on every request. Keyed by a digest,
 * never by the password; safe to lose; a changed stored hash misses the cache.
 */
final class VerifiedPasswords {
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedPasswords(Clock clock) {
        this.clock = clock;
    }

    boolean contains(String username, char[] password, String storedHash) {
        Instant until = verified.get(digest(username, password, storedHash));
        return until != null && until.isAfter(clock.instant());
    }

    void remember(String username, char[] password, String storedHash) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(digest(username, password, storedHash), clock.instant().plus(TTL));
    }

    private static String digest(String username, char[] password, String storedHash) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(username.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(new String(password).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
