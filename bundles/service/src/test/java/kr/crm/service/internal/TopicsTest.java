package kr.crm.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.crm.api.common.ValidationException;
import org.junit.jupiter.api.Test;

class TopicsTest {
    private final Topics topics = new Topics(new String[] {"QUALITY", " delivery ", "QUALITY"});

    @Test
    void configuredCodesAreUpperCasedWithoutDuplicates() {
        assertThat(topics.codes()).containsExactly("QUALITY", "DELIVERY");
    }

    @Test
    void aTopicIsMatchedInAnyCaseAndBlankClearsIt() {
        assertThat(topics.check(" Delivery")).isEqualTo("DELIVERY");
        assertThat(topics.check("  ")).isNull();
        assertThat(topics.check(null)).isNull();
    }

    @Test
    void anUnknownTopicIsRefusedNamingTheFieldAndTheChoices() {
        assertThatThrownBy(() -> topics.check("WEATHER")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("QUALITY, DELIVERY")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("topic"));
    }

    @Test
    void aConfiguredCodeOutsideTheAlphabetStopsTheConfiguration() {
        assertThatThrownBy(() -> new Topics(new String[] {"배송"})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topics");
    }
}
