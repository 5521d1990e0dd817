package kr.crm.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DigestKeysTest {
    @Test
    void aTextWhoseHexDigestHoldsARegistrationNumberGetsAKeyThatDoesNot() {
        // the first 20 bytes of this text's SHA-256 in hexadecimal: eb156841518c3c1fb75294683ec0010122838711,
        // whose "0010122838711" reads as the registration number 001012-2838711
        String key = DigestKeys.of("addressbook/contacts\nuid-58746", 20);

        assertThat(ResidentNumbers.contains(key)).isFalse();
        assertThat(key).hasSize(40).matches("[a-p]+");
    }

    @Test
    void theSameTextGivesTheSameKeyAndAnotherTextAnother() {
        assertThat(DigestKeys.of("gs-shop|김민지", 32)).hasSize(64).isEqualTo(DigestKeys.of("gs-shop|김민지", 32))
                .isNotEqualTo(DigestKeys.of("gs-shop|김민준", 32));
    }

    @Test
    void itSpellsOnlyWhatTheDigestHas() {
        assertThatThrownBy(() -> DigestKeys.of("x", 33)).isInstanceOf(IllegalArgumentException.class);
    }
}
