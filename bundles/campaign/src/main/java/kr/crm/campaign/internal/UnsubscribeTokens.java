package kr.crm.campaign.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.crm.api.common.ValidationException;

/**
 * Tokens {@code base64url(customerKey \n address) . base64url(HMAC-SHA256)}. They do not expire: a free opt-out must
 * work from an old message too. The JDK's HMAC is all this needs.
 */
final class UnsubscribeTokens {
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private final byte[] secret;

    UnsubscribeTokens(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the unsubscribe token secret must have at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** @param recipient what the token stands for */
    record Recipient(String customerKey, String address) {
    }

    String sign(String customerKey, String address) {
        byte[] payload = ((customerKey == null ? "" : customerKey) + "\n" + address).getBytes(StandardCharsets.UTF_8);
        return ENC.encodeToString(payload) + "." + ENC.encodeToString(mac(payload));
    }

    Recipient verify(String token) {
        if (token == null || token.isBlank() || token.length() > 2000) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        try {
            byte[] payload = DEC.decode(token.substring(0, Math.max(dot, 0)));
            byte[] mac = DEC.decode(token.substring(dot + 1));
            if (dot <= 0 || !MessageDigest.isEqual(mac, mac(payload))) {
                throw invalid();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw invalid();
            }
            return new Recipient(parts[0].isEmpty() ? null : parts[0], parts[1]);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
        }
    }

    private static ValidationException invalid() {
        return new ValidationException("t", "is no valid unsubscribe token");
    }
}
