package kr.crm.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExcelDateFormatsTest {

    @ParameterizedTest
    @ValueSource(ints = {14, 15, 22, 27, 31, 36, 45, 47, 50, 57, 58})
    void builtInDateFormatsAreDatesWhateverTheirText(int id) {
        assertThat(ExcelDateFormats.isDate(id, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 9, 10, 11, 23, 37, 44, 48, 49, 59})
    void builtInNumberFormatsAreNot(int id) {
        assertThat(ExcelDateFormats.isDate(id, null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yyyy-mm-dd hh:mm|true",
        "yyyy\"년\" m\"월\" d\"일\"|true",
        "[$-412]yyyy-mm-dd AM/PM h:mm|true",
        "hh:mm:ss.000|true",
        "m/d/yy h:mm|true",
        "#,##0\"원\"|false",
        "0.00E+00|false",
        "[Red]0.00|false",
        "0%|false",
        "@|false",
        "General|false",
        "\"day\" 0|false"})
    void customFormatsAreDatesWhenMadeOfDateParts(String format, boolean date) {
        assertThat(ExcelDateFormats.isDate(164, format)).as(format).isEqualTo(date);
    }
}
