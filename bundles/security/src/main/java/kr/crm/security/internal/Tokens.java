package kr.crm.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens: 32 random bytes, URL-safe Base64 with a {@code crm_} prefix so that leaked tokens
 * are easy to spot. Only their SHA-256 is stored; with 256 bits of entropy a slow hash adds nothing.
 */
final class Tokens {
    private final SecureRandom random = new SecureRandom();

    String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "crm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
