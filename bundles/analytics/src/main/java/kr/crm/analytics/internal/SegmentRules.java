package kr.crm.analytics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.crm.api.analytics.SegmentCondition;
import kr.crm.api.common.ValidationException;
import kr.crm.api.store.SegmentStore.Rule;

/**
 * Checks a segment's conditions and turns them into store rules: known field (aliases R, F, M),
 * an operator the field allows, values of the field's type. Errors name the condition's field, e.g.
 * {@code conditions[1].value}.
 */
final class SegmentRules {
    static final int MAX_CONDITIONS = 20;
    static final int MAX_VALUES = 100;
    static final int TEXT_MAX = 100;

    enum Type { SCORE, COUNT, AMOUNT, PERCENT, TEXT, GRADE, QUADRANT, KIND, CELL }

    static final Map<String, Type> FIELDS = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = Map.of("r", "recency", "f", "frequency", "m", "monetary");
    private static final Set<String> COMPARISONS = Set.of("=", "!=", "<", "<=", ">", ">=", "in");
    private static final Set<String> EQUALITY = Set.of("=", "!=", "in");

    static {
        FIELDS.put("recency", Type.SCORE);
        FIELDS.put("frequency", Type.SCORE);
        FIELDS.put("monetary", Type.SCORE);
        FIELDS.put("orders", Type.COUNT);
        FIELDS.put("ordersTotal", Type.COUNT);
        FIELDS.put("revenue", Type.AMOUNT);
        FIELDS.put("revenueTotal", Type.AMOUNT);
        FIELDS.put("margin", Type.AMOUNT);
        FIELDS.put("ltv", Type.AMOUNT);
        FIELDS.put("offerPercent", Type.PERCENT);
        FIELDS.put("cell", Type.CELL);
        FIELDS.put("quadrant", Type.QUADRANT);
        FIELDS.put("kind", Type.KIND);
        FIELDS.put("grade", Type.GRADE);
        FIELDS.put("region", Type.TEXT);
        FIELDS.put("industry", Type.TEXT);
        FIELDS.put("ownerRep", Type.TEXT);
        // interest signals from campaign tracking (decision 252): counts in the interest window, days since the last
        // open or click (a customer who never opened or clicked matches no daysSince rule)
        FIELDS.put("recentOpens", Type.COUNT);
        FIELDS.put("recentClicks", Type.COUNT);
        FIELDS.put("daysSinceOpen", Type.COUNT);
        FIELDS.put("daysSinceClick", Type.COUNT);
    }

    private SegmentRules() {
    }

    /** The conditions with canonical field names, and the rules they make. */
    record Checked(List<SegmentCondition> conditions, List<Rule> rules) {
    }

    static Checked check(List<SegmentCondition> conditions) {
        if (conditions == null || conditions.isEmpty() || conditions.size() > MAX_CONDITIONS) {
            throw new ValidationException("conditions", "1-" + MAX_CONDITIONS + " conditions are required");
        }
        List<SegmentCondition> normal = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            String at = "conditions[" + i + "]";
            SegmentCondition c = conditions.get(i);
            if (c == null) {
                throw new ValidationException(at, "is required");
            }
            String field = field(at, c.field());
            Type type = FIELDS.get(field);
            String op = c.op() == null ? "" : c.op().strip().toLowerCase(Locale.ROOT);
            if (!COMPARISONS.contains(op)) {
                throw new ValidationException(at + ".op", "must be =, !=, <, <=, >, >= or in");
            }
            if (!EQUALITY.contains(op) && !ordered(type)) {
                throw new ValidationException(at + ".op", field + " takes =, != or in only");
            }
            List<String> raw = op.equals("in") ? c.values() : c.value() == null ? null : List.of(c.value());
            String valueField = at + (op.equals("in") ? ".values" : ".value");
            if (raw == null || raw.isEmpty() || raw.size() > MAX_VALUES) {
                throw new ValidationException(valueField, op.equals("in") ? "1-" + MAX_VALUES + " values are required"
                        : "is required");
            }
            List<Object> values = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (String v : raw) {
                Object typed = value(valueField, field, type, v);
                values.add(typed);
                shown.add(typed instanceof BigDecimal d ? d.toPlainString() : typed.toString());
            }
            normal.add(op.equals("in") ? new SegmentCondition(field, op, null, shown)
                    : new SegmentCondition(field, op, shown.get(0), null));
            rules.add(new Rule(field, op, values));
        }
        return new Checked(List.copyOf(normal), List.copyOf(rules));
    }

    private static String field(String at, String name) {
        String f = name == null ? "" : name.strip();
        String alias = ALIASES.get(f.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return alias;
        }
        if (!FIELDS.containsKey(f)) {
            throw new ValidationException(at + ".field", "unknown field: use one of " + String.join(", ",
                    FIELDS.keySet()) + " (R, F, M for the scores)");
        }
        return f;
    }

    private static boolean ordered(Type t) {
        return t == Type.SCORE || t == Type.COUNT || t == Type.AMOUNT || t == Type.PERCENT;
    }

    private static Object value(String at, String field, Type type, String raw) {
        String v = raw == null ? "" : raw.strip();
        switch (type) {
            case SCORE, PERCENT, COUNT -> {
                long max = type == Type.SCORE ? 5 : type == Type.PERCENT ? 100 : Long.MAX_VALUE;
                try {
                    long n = Long.parseLong(v);
                    if (n >= 0 && n <= max) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new ValidationException(at, field + " takes whole numbers 0-" + (type == Type.COUNT ? "" : max));
            }
            case AMOUNT -> {
                try {
                    return new BigDecimal(v);
                } catch (NumberFormatException e) {
                    throw new ValidationException(at, field + " takes an amount in won such as 1000000");
                }
            }
            case GRADE -> {
                return oneOf(at, field, v.toUpperCase(Locale.ROOT), Set.of("S", "A", "B", "C", "D"));
            }
            case QUADRANT -> {
                return oneOf(at, field, v.toUpperCase(Locale.ROOT), Set.of("RETAIN", "CONVERT", "OBSERVE", "DROP"));
            }
            case KIND -> {
                return oneOf(at, field, v.toUpperCase(Locale.ROOT), Set.of("PERSON", "COMPANY"));
            }
            case CELL -> {
                String cell = v.toUpperCase(Locale.ROOT);
                if (!cell.matches("R[1-5]F[1-5]M[1-5]")) {
                    throw new ValidationException(at, "cell takes an RFM cell such as R5F4M3");
                }
                return cell;
            }
            default -> {
                if (v.isEmpty() || v.length() > TEXT_MAX || v.chars().anyMatch(Character::isISOControl)) {
                    throw new ValidationException(at, field + " takes text of 1-" + TEXT_MAX + " characters");
                }
                return v;
            }
        }
    }

    private static String oneOf(String at, String field, String v, Set<String> allowed) {
        if (!allowed.contains(v)) {
            throw new ValidationException(at, field + " takes one of " + String.join(", ", allowed.stream().sorted()
                    .toList()));
        }
        return v;
    }
}
