package kr.crm.tasks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.crm.api.task.TaskOutcome;
import kr.crm.api.task.TaskType;

/**
 * What a completed task's outcome sets off, configured as {@code TYPE:OUTCOME=ACTION}: the action
 * {@code TYPE:DAYS} plans an extra task of that type due in DAYS (rule
 * {@code followup:<type>-<outcome>}), {@code NEXT:FACTOR} scales the cadence before the plan's
 * next task (2 = half as often, 0.5 = twice as often). The source documents' "TM results are
 * evaluated and lead to direct promotion" is the default {@code TM:INTERESTED=VISIT:7}.
 */
final class OutcomeRules {
    static final String FOLLOWUP_PREFIX = "followup:";

    /** One configured rule; {@code type} null for a NEXT rule. */
    record Rule(TaskType on, TaskOutcome outcome, TaskType type, int days, double nextFactor) {
        String ruleId() {
            return FOLLOWUP_PREFIX + (on.name() + "-" + outcome.name()).toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    /** @throws IllegalArgumentException naming the entry and what is wrong with it */
    OutcomeRules(String[] entries) {
        for (String entry : entries == null ? new String[0] : entries) {
            if (!entry.isBlank()) {
                rules.add(parse(entry.strip()));
            }
        }
    }

    /** The extra tasks an outcome of a task of {@code type} plans. */
    List<Rule> extraTasks(TaskType type, TaskOutcome outcome) {
        return rules.stream().filter(r -> r.on() == type && r.outcome() == outcome && r.type() != null).toList();
    }

    /** The factor on the cadence before the plan's next task (1 without a rule). */
    double nextFactor(TaskType type, TaskOutcome outcome) {
        return rules.stream().filter(r -> r.on() == type && r.outcome() == outcome && r.type() == null)
                .mapToDouble(Rule::nextFactor).reduce(1, (a, b) -> a * b);
    }

    private static Rule parse(String entry) {
        String[] sides = entry.split("=");
        String[] when = sides[0].split(":");
        String[] then = sides.length == 2 ? sides[1].split(":") : new String[0];
        if (sides.length != 2 || when.length != 2 || then.length != 2) {
            throw new IllegalArgumentException("outcomeRules entry '" + entry
                    + "' must be TYPE:OUTCOME=TYPE:DAYS or TYPE:OUTCOME=NEXT:FACTOR, e.g. TM:INTERESTED=VISIT:7");
        }
        TaskType on = value(TaskType.class, when[0], entry);
        TaskOutcome outcome = value(TaskOutcome.class, when[1], entry);
        try {
            if (then[0].strip().equalsIgnoreCase("NEXT")) {
                double factor = Double.parseDouble(then[1].strip());
                if (!(factor >= 0.1 && factor <= 10)) {
                    throw new IllegalArgumentException("outcomeRules entry '" + entry + "': NEXT factor must be 0.1-10");
                }
                return new Rule(on, outcome, null, 0, factor);
            }
            int days = Integer.parseInt(then[1].strip());
            if (days < 0 || days > 365) {
                throw new IllegalArgumentException("outcomeRules entry '" + entry + "': days must be 0-365");
            }
            return new Rule(on, outcome, value(TaskType.class, then[0], entry), days, 1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("outcomeRules entry '" + entry + "': '" + then[1] + "' is not a number");
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, String entry) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("outcomeRules entry '" + entry + "': '" + text.strip() + "' is not a "
                    + type.getSimpleName() + " (" + java.util.Arrays.toString(type.getEnumConstants()) + ")");
        }
    }
}
