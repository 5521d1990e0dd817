package kr.crm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import kr.crm.api.identity.Normalized;
import org.junit.jupiter.api.Test;

class DefaultIdentityNormalizerTest {
    private final DefaultIdentityNormalizer normalizer = new DefaultIdentityNormalizer();

    @Test
    void aWrongCheckDigitIsKeptAndFlaggedNotDropped() {
        assertThat(normalizer.businessRegistrationNumber("123-45-67890"))
                .isEqualTo(new Normalized("123-45-67890", "1234567890", false));
        assertThat(normalizer.businessRegistrationNumber(" 1234567891 "))
                .isEqualTo(new Normalized("1234567891", "1234567891", true));
    }

    @Test
    void anUnreadablePhoneIsKeptAsEnteredWithoutCanonicalForm() {
        assertThat(normalizer.phone(" 12-34 ")).isEqualTo(new Normalized("12-34", null, false));
        assertThat(normalizer.phone("+82 10 1234 5678")).isEqualTo(new Normalized("+82 10 1234 5678", "01012345678", true));
    }

    @Test
    void blankValuesAreAbsent() {
        assertThat(normalizer.email("  ")).isEqualTo(Normalized.ABSENT);
        assertThat(normalizer.phone(null).present()).isFalse();
        assertThat(normalizer.nameKey(" (주) ")).isNull();
    }

    @Test
    void emailsFoldCaseAndSpace() {
        assertThat(normalizer.email(" Kim@Example.COM ").canonical()).isEqualTo("kim@example.com");
    }
}
