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
    void ifMatchAcceptsStrongAndWeakEtags() {
        assertThat(Params.ifMatch("\"3\"")).isEqualTo(3L);
        assertThat(Params.ifMatch("W/\"12\"")).isEqualTo(12L);
        assertThat(Params.ifMatch(null)).isNull();
        assertThatThrownBy(() -> Params.ifMatch("\"abc\"")).isInstanceOf(ValidationException.class);
    }
}
