package kr.crm.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResidentNumbersTest {

    @Test
    void aHyphenatedNumberWithARealBirthDateIsFoundWhateverItsCheckDigit() {
        assertThat(ResidentNumbers.contains("900101-1234567")).isTrue();
        assertThat(ResidentNumbers.contains("주민번호 900101 - 2234567 입니다")).isTrue();
        assertThat(ResidentNumbers.contains("050315-3123456")).as("born 2005").isTrue();
        assertThat(ResidentNumbers.contains("900101－1234567")).as("full-width hyphen").isTrue();
        assertThat(ResidentNumbers.contains("900101 1234567")).as("a space between the halves").isTrue();
    }

    @Test
    void thirteenDigitsRunTogetherCountOnlyWithAMatchingCheckDigit() {
        assertThat(ResidentNumbers.contains("9001011234568")).isTrue();
        assertThat(ResidentNumbers.contains("9001011234567")).as("wrong check digit: an EAN-13 or an order number")
                .isFalse();
        assertThat(ResidentNumbers.contains("8801234567891")).as("a Korean EAN-13 barcode").isFalse();
    }

    @Test
    void foreignerNumbersUseTheirOwnCheckDigit() {
        // 900101-5234561: sum 156 (weights 2..9,2..5), (13 - 156 % 11) % 10 = 1
        assertThat(ResidentNumbers.contains("9001015234561")).isTrue();
    }

    @Test
    void phonesBusinessNumbersDatesAndLongerDigitRunsAreNotNumbers() {
        assertThat(ResidentNumbers.contains("010-1234-5678")).isFalse();
        assertThat(ResidentNumbers.contains("220-81-51233")).isFalse();
        assertThat(ResidentNumbers.contains("901301-1234567")).as("month 13").isFalse();
        assertThat(ResidentNumbers.contains("900230-1234567")).as("30 February").isFalse();
        assertThat(ResidentNumbers.contains("900101-9234567")).as("seventh digit 9").isFalse();
        assertThat(ResidentNumbers.contains("880123-4567891")).as("born in 2088").isFalse();
        assertThat(ResidentNumbers.contains("1900101-1234567")).as("part of a longer run").isFalse();
        assertThat(ResidentNumbers.contains("900101-12345678")).isFalse();
        assertThat(ResidentNumbers.contains("900101-1******")).as("already masked").isFalse();
        assertThat(ResidentNumbers.contains(null)).isFalse();
    }

    @Test
    void maskKeepsTheBirthDateAndSeventhDigitOnly() {
        assertThat(ResidentNumbers.mask("번호 900101-1234567, 전화 010-1234-5678"))
                .isEqualTo("번호 900101-1******, 전화 010-1234-5678");
        assertThat(ResidentNumbers.mask("9001011234568")).isEqualTo("9001011******");
        assertThat(ResidentNumbers.mask("no number")).isEqualTo("no number");
    }

    @Test
    void refuseNamesTheFieldAndNotTheValue() {
        assertThatThrownBy(() -> ResidentNumbers.refuse("notes", "메모 900101-1234567"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("주민등록번호").hasMessageNotContaining("1234567")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("notes");
        assertThat(ResidentNumbers.refuse("notes", "괜찮은 메모")).isEqualTo("괜찮은 메모");
    }
}
