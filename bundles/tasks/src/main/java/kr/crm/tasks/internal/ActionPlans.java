package kr.crm.tasks.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import kr.crm.api.grade.Grade;
import kr.crm.api.task.TaskType;

/** The configured plan of each grade; a plan's rule id is {@code plan:<grade>}. */
final class ActionPlans {
    static final String PLAN_PREFIX = "plan:";
    static final String WELCOME = "welcome:top-grade";

    /** What each grade's contact is for (domain.md's grade/action table), said in a planned task's why. */
    private static final Map<Grade, String> PURPOSE = Map.of(
            Grade.S, "field visit: review the contact history and open complaints, record event plans",
            Grade.A, "visit or phone promotion",
            Grade.B, "TM call: confirm the person in charge",
            Grade.C, "direct mail: confirm the address",
            Grade.D, "DM or e-mail only");

    /** One kind of task every {@code cadenceDays}. */
    record Plan(Grade grade, TaskType type, int cadenceDays) {
        String ruleId() {
            return PLAN_PREFIX + grade;
        }

        /** E.g. {@code VISIT every 30 days (field visit: review the contact history ...)}. */
        String describe() {
            return type + " every " + cadenceDays + " days (" + PURPOSE.get(grade) + ")";
        }
    }

    private final Map<Grade, Plan> plans = new EnumMap<>(Grade.class);

    ActionPlans(PlanConfig config) {
        put(Grade.S, config.planS());
        put(Grade.A, config.planA());
        put(Grade.B, config.planB());
        put(Grade.C, config.planC());
        put(Grade.D, config.planD());
    }

    Plan of(Grade grade) {
        return plans.get(grade);
    }

    /** The plan a rule id names, or null if it names none. */
    Plan ofRule(String ruleId) {
        if (ruleId == null || !ruleId.startsWith(PLAN_PREFIX)) {
            return null;
        }
        try {
            return plans.get(Grade.valueOf(ruleId.substring(PLAN_PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void put(Grade grade, String text) {
        String[] parts = text.strip().split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("plan" + grade + " must be TYPE:DAYS, e.g. VISIT:30");
        }
        int days = Integer.parseInt(parts[1].strip());
        if (days < 1) {
            throw new IllegalArgumentException("plan" + grade + " needs at least 1 day between tasks");
        }
        plans.put(grade, new Plan(grade, TaskType.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)), days));
    }
}
