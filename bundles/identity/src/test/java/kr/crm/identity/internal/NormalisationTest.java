package kr.crm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalisationTest {

    @ParameterizedTest
    @CsvSource({
        "010-1234-5678, 01012345678",
        "01012345678, 01012345678",
        "+82 10 1234 5678, 01012345678",
        "+82-10-1234-5678, 01012345678",
        "02-123-4567, 021234567",
        "(031)123-4567, 0311234567",
        "031 1234 5678, 03112345678",
        "1588-1234, 15881234",
        "1012345678, 01012345678",
        "21234567, 021234567",
        "311234567, 0311234567"
    })
    void koreanPhoneSpellingsFoldToOneCanonicalForm(String typed, String canonical) {
        assertThat(PhoneNumbers.canonical(typed)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "010-12a4-5678", "+1 415 555 0100", "010-1234-56789", "9999-9999"})
    void implausiblePhonesAreRejected(String typed) {
        assertThat(PhoneNumbers.canonical(typed)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"123-45-67891, true", "1234567891, true", "123-45-67890, false", "220-81-62517, true"})
    void businessRegistrationNumbersCarryACheckDigit(String typed, boolean valid) {
        String digits = BusinessRegistrationNumbers.digits(typed);
        assertThat(digits).hasSize(10);
        assertThat(BusinessRegistrationNumbers.hasValidCheckDigit(digits)).isEqualTo(valid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-4567-891", "12345678", "abc-de-fghij"})
    void misshapenBusinessRegistrationNumbersHaveNoDigits(String typed) {
        assertThat(BusinessRegistrationNumbers.digits(typed)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(주)한빛정밀", "주식회사 한빛정밀", "㈜한빛정밀", "한빛 정밀 (주)", "(주) 한빛 정밀"})
    void companyFormMarksAndSpacingAreIgnored(String name) {
        assertThat(Names.searchKey(name)).isEqualTo("한빛정밀");
    }

    @ParameterizedTest
    @CsvSource({"' Kim@Example.COM ', kim@example.com", "김@example.com, 김@example.com"})
    void emailsFoldToLowerCase(String typed, String canonical) {
        assertThat(EmailAddresses.canonical(typed)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign", "a@b", "a b@example.com", "@example.com"})
    void malformedEmailsAreRejected(String typed) {
        assertThat(EmailAddresses.canonical(typed)).isNull();
    }
}
