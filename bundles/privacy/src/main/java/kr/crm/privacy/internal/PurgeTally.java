package kr.crm.privacy.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import kr.crm.api.privacy.RetentionCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a purge run destroyed and what failed, per category. Failures are logged by key and exception type only. */
final class PurgeTally {
    private static final Logger LOG = LoggerFactory.getLogger(PurgeTally.class);

    private final Map<RetentionCategory, Integer> destroyed = new EnumMap<>(RetentionCategory.class);
    private final Map<RetentionCategory, Integer> failures = new EnumMap<>(RetentionCategory.class);

    /** Runs one destruction; counts it if it destroyed something, or as a failure if it threw. */
    void step(RetentionCategory category, BooleanSupplier destruction, String key) {
        try {
            if (destruction.getAsBoolean()) {
                destroyed.merge(category, 1, Integer::sum);
            }
        } catch (RuntimeException e) {
            failures.merge(category, 1, Integer::sum);
            LOG.warn("purge {} {}: {} (left for the next run)", category, key == null ? "" : key,
                    e.getClass().getSimpleName());
        }
    }

    Map<RetentionCategory, Integer> destroyed() {
        return Map.copyOf(destroyed);
    }

    Map<RetentionCategory, Integer> failures() {
        return Map.copyOf(failures);
    }

    int total() {
        return destroyed.values().stream().mapToInt(Integer::intValue).sum()
                + failures.values().stream().mapToInt(Integer::intValue).sum();
    }
}
