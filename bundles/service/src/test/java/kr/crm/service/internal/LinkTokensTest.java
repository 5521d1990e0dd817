package kr.crm.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LinkTokensTest {
    private static final String SECRET = "portal-secret-0123456789-abcdefghijkl";
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final LinkTokens tokens = new LinkTokens(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenIssuedForARequestNamesItUntilItExpires() {
        String token = tokens.issue(42, NOW.plus(Duration.ofDays(90)));
        assertThat(tokens.verify(token)).hasValue(42);
        assertThat(LinkTokens.expiryOf(token)).isEqualTo(NOW.plus(Duration.ofDays(90)));
        LinkTokens later = new LinkTokens(SECRET, Clock.fixed(NOW.plus(Duration.ofDays(90)), ZoneOffset.UTC));
        assertThat(later.verify(token)).as("expired at its expiry").isEmpty();
        assertThat(tokens.verify(tokens.issue(42, NOW.minusSeconds(1)))).isEmpty();
    }

    @Test
    void anotherIdOrALaterExpiryBreaksTheSignature() {
        String token = tokens.issue(42, NOW.plus(Duration.ofDays(1)));
        String[] parts = token.split("\\.");
        assertThat(tokens.verify("43." + parts[1] + "." + parts[2])).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2])).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + parts[2].substring(1) + "A")).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        LinkTokens other = new LinkTokens("another-secret-0123456789-abcdefghijk", Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(tokens.verify(other.issue(42, NOW.plus(Duration.ofDays(1))))).isEmpty();
    }

    @Test
    void malformedTokensAreRefusedWithoutErrors() {
        for (String bad : new String[] {null, "", "42", "42.1", "a.b.c", "42.99999999999.!!!", "042.1.AA", "-1.5.AA",
            "42.1.AA.BB", "x".repeat(300)}) {
            assertThat(tokens.verify(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void aShortSecretIsAConfigurationError() {
        assertThatThrownBy(() -> new LinkTokens("short", Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkTokens(null, Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
    }
}
