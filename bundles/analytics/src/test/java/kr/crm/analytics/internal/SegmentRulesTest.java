package kr.crm.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import kr.crm.api.analytics.SegmentCondition;
import kr.crm.api.common.ValidationException;
import kr.crm.api.store.SegmentStore.Rule;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {

    private static SegmentCondition is(String field, String op, String value) {
        return new SegmentCondition(field, op, value, null);
    }

    @Test
    void theIssuesExampleBecomesThreeTypedRules() {
        SegmentRules.Checked c = SegmentRules.check(List.of(new SegmentCondition("grade", "in", null, List.of("a", "B")),
                is("R", "<=", "2"), is("region", "=", " 경기 "), is("ltv", ">=", "1000000")));
        assertThat(c.rules()).containsExactly(new Rule("grade", "in", List.of("A", "B")),
                new Rule("recency", "<=", List.of(2L)), new Rule("region", "=", List.of("경기")),
                new Rule("ltv", ">=", List.of(new BigDecimal("1000000"))));
        assertThat(c.conditions().get(1)).isEqualTo(is("recency", "<=", "2"));
        assertThat(ConditionText.decode(ConditionText.encode(c.conditions()))).isEqualTo(c.conditions());
    }

    private static void refused(List<SegmentCondition> conditions, String field) {
        assertThatThrownBy(() -> SegmentRules.check(conditions)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo(field);
    }

    @Test
    void badConditionsAreRefusedNamingTheField() {
        refused(List.of(), "conditions");
        refused(List.of(is("colour", "=", "red")), "conditions[0].field");
        refused(List.of(is("R", "<=", "2"), is("recency", "~", "2")), "conditions[1].op");
        refused(List.of(is("region", "<", "경기")), "conditions[0].op");
        refused(List.of(is("recency", "<=", "6")), "conditions[0].value");
        refused(List.of(is("grade", "=", "E")), "conditions[0].value");
        refused(List.of(is("ltv", ">", "lots")), "conditions[0].value");
        refused(List.of(is("region", "=", "경\t기")), "conditions[0].value");
        refused(List.of(new SegmentCondition("grade", "in", null, List.of())), "conditions[0].values");
        refused(List.of(is("cell", "=", "R6F1M1")), "conditions[0].value");
    }

    @Test
    void interestSignalsAreWholeNumberRules() {
        SegmentRules.Checked c = SegmentRules.check(List.of(is("daysSinceClick", "<=", "30"),
                is("recentOpens", ">=", "2"), is("recentClicks", "=", "0"), is("daysSinceOpen", ">", "7")));
        assertThat(c.rules()).containsExactly(new Rule("daysSinceClick", "<=", List.of(30L)),
                new Rule("recentOpens", ">=", List.of(2L)), new Rule("recentClicks", "=", List.of(0L)),
                new Rule("daysSinceOpen", ">", List.of(7L)));
        refused(List.of(is("daysSinceClick", "<=", "-1")), "conditions[0].value");
        refused(List.of(is("recentClicks", ">=", "많이")), "conditions[0].value");
    }
}
