package kr.crm.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import kr.crm.api.analytics.SegmentCondition;

/**
 * Checked conditions as stored text: one line per condition, {@code field}, {@code op} and the values
 * separated by tabs. Values are checked (numbers, codes, text without control characters), so tabs and
 * line breaks never occur in them.
 */
final class ConditionText {
    private ConditionText() {
    }

    static String encode(List<SegmentCondition> conditions) {
        StringBuilder text = new StringBuilder();
        for (SegmentCondition c : conditions) {
            text.append(c.field()).append('\t').append(c.op());
            for (String v : c.op().equals("in") ? c.values() : List.of(c.value())) {
                text.append('\t').append(v);
            }
            text.append('\n');
        }
        return text.toString();
    }

    static List<SegmentCondition> decode(String text) {
        List<SegmentCondition> conditions = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            List<String> values = List.of(parts).subList(2, parts.length);
            conditions.add(parts[1].equals("in") ? new SegmentCondition(parts[0], parts[1], null, List.copyOf(values))
                    : new SegmentCondition(parts[0], parts[1], values.get(0), null));
        }
        return conditions;
    }
}
