package kr.crm.persistence.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Rows per table as the destruction log stores them: {@code table=n;table=n}. */
final class Counts {
    private Counts() {
    }

    static String format(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    static Map<String, Integer> parse(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return counts;
        }
        for (String pair : text.split(";")) {
            int eq = pair.lastIndexOf('=');
            if (eq > 0) {
                counts.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
            }
        }
        return counts;
    }
}
