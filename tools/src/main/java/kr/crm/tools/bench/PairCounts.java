package kr.crm.tools.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Precision and recall of the pairs a matcher puts together: a pair of records is predicted when
 * both got the same customer key, true when both come from the same true customer. Counted from
 * group sizes, so a million records need no list of pairs.
 */
final class PairCounts {
    private final Map<String, Long> byKey = new HashMap<>();
    private final Map<String, Long> byTruth = new HashMap<>();
    private final Map<String, Long> byKeyAndTruth = new HashMap<>();

    void add(String customerKey, String trueId) {
        byKey.merge(customerKey, 1L, Long::sum);
        byTruth.merge(trueId, 1L, Long::sum);
        byKeyAndTruth.merge(customerKey + "\u0000" + trueId, 1L, Long::sum);
    }

    long predicted() {
        return pairs(byKey);
    }

    long truth() {
        return pairs(byTruth);
    }

    long correct() {
        return pairs(byKeyAndTruth);
    }

    double precision() {
        return predicted() == 0 ? 1.0 : (double) correct() / predicted();
    }

    double recall() {
        return truth() == 0 ? 1.0 : (double) correct() / truth();
    }

    private static long pairs(Map<String, Long> groups) {
        return groups.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }
}
