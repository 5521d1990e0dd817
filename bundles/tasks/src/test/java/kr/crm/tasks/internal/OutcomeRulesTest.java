package kr.crm.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.crm.api.task.TaskOutcome;
import kr.crm.api.task.TaskType;
import org.junit.jupiter.api.Test;

class OutcomeRulesTest {

    @Test
    void rulesPlanExtraTasksOrScaleTheCadence() {
        OutcomeRules rules = new OutcomeRules(new String[] {"TM:INTERESTED=VISIT:7", " tm:not_interested = next:2 ",
            "VISIT:DONE=DM:0", ""});
        assertThat(rules.extraTasks(TaskType.TM, TaskOutcome.INTERESTED)).singleElement()
                .satisfies(r -> {
                    assertThat(r.type()).isEqualTo(TaskType.VISIT);
                    assertThat(r.days()).isEqualTo(7);
                    assertThat(r.ruleId()).isEqualTo("followup:tm-interested");
                });
        assertThat(rules.nextFactor(TaskType.TM, TaskOutcome.NOT_INTERESTED)).isEqualTo(2.0);
        assertThat(rules.nextFactor(TaskType.TM, TaskOutcome.REACHED)).isEqualTo(1.0);
        assertThat(rules.extraTasks(TaskType.TM, TaskOutcome.NOT_INTERESTED)).isEmpty();
        assertThat(rules.extraTasks(TaskType.VISIT, TaskOutcome.DONE)).extracting(OutcomeRules.Rule::type)
                .containsExactly(TaskType.DM);
    }

    @Test
    void aBadEntryIsRefusedNamingIt() {
        assertThatThrownBy(() -> new OutcomeRules(new String[] {"TM:INTERESTED"}))
                .hasMessageContaining("'TM:INTERESTED' must be TYPE:OUTCOME=TYPE:DAYS");
        assertThatThrownBy(() -> new OutcomeRules(new String[] {"TM:HAPPY=VISIT:7"}))
                .hasMessageContaining("'HAPPY' is not a TaskOutcome");
        assertThatThrownBy(() -> new OutcomeRules(new String[] {"TM:REACHED=VISIT:soon"}))
                .hasMessageContaining("'soon' is not a number");
        assertThatThrownBy(() -> new OutcomeRules(new String[] {"TM:REACHED=NEXT:0"}))
                .hasMessageContaining("NEXT factor must be 0.1-10");
    }
}
