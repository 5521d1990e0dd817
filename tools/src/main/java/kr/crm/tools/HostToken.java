package kr.crm.tools;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a host ERP does to vouch for its signed-in user (docs/host-integration.md): the payload is four lines (user
 * name, display name, CRM roles comma-separated, expiry in epoch seconds), the token is
 * {@code base64url(payload) + "." + base64url(HMAC-SHA256(hostSecret, base64url(payload)))}.
 */
public final class HostToken {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private HostToken() {
    }

    public static String sign(String hostSecret, String user, String displayName, String roles, int validSeconds) {
        String payload = B64.encodeToString((user + "\n" + displayName + "\n" + roles + "\n"
                + Instant.now().plusSeconds(validSeconds).getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hostSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return payload + "." + B64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random secret of 43 URL-safe characters (256 bits). */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return B64.encodeToString(bytes);
    }
}
