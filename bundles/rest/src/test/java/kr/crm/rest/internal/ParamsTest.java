package kr.crm.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.crm.api.common.PageRequest;
import kr.crm.api.common.ValidationException;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void pagingDefaultsToTheFirstTwentyItems() {
        assertThat(Params.page(null, "")).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void aNonNumericPageIsABadRequestNamingIt() {
        assertThatThrownBy(() -> Params.page("two", null)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("page");
        assertThatThrownBy(() -> Params.page("0", "1000")).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("size");
    }

    @Test
    void aDateOutsideTheCalendarACrmUsesIsABadRequestNotAnOverflow() {
        assertThat(Params.date("to", "2026-11-23")).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> Params.date("to", "-999999999-01-01")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> Params.date("from", "+10000-01-01")).isInstanceOf(ValidationException.class);
    }

    @Test
    void ifMatchAcceptsStrongAndWeakEtags() {
        assertThat(Params.ifMatch("\"3\"")).isEqualTo(3L);
        assertThat(Params.ifMatch("W/\"12\"")).isEqualTo(12L);
        assertThat(Params.ifMatch(null)).isNull();
        assertThatThrownBy(() -> Params.ifMatch("\"abc\"")).isInstanceOf(ValidationException.class);
    }

    @Test
    void anUploadsFileNameComesFromContentDisposition() {
        assertThat(Params.fileName("attachment; filename=\"orders.xlsx\"")).isEqualTo("orders.xlsx");
        assertThat(Params.fileName("attachment; filename=orders.csv")).isEqualTo("orders.csv");
        assertThat(Params.fileName("attachment; filename=\"x.xlsx\"; filename*=UTF-8''%EC%A3%BC%EB%AC%B8+1.xlsx"))
                .isEqualTo("주문+1.xlsx");
        assertThat(Params.fileName("form-data; name=\"file\"; filename=\"C:\\Users\\kim\\11월.xlsx\""))
                .isEqualTo("11월.xlsx");
        assertThat(Params.fileName("attachment")).isNull();
        assertThat(Params.fileName(null)).isNull();
        assertThat(Params.fileName("attachment; filename=\"" + "a".repeat(300) + "\"")).hasSize(101);
    }
}
