package kr.crm.api.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one purge did.
 *
 * @param ran false if another node held the purge lease, so this one did nothing
 * @param startedAt when it began
 * @param finishedAt when it ended
 * @param destroyed destruction-log rows written per category (customers deleted or anonymised; one per account for
 *        contact logs; one for the permission history)
 * @param failures subjects that failed and are left for the next run, per category
 * @param rules the rules applied
 */
public record PurgeRun(boolean ran, Instant startedAt, Instant finishedAt, Map<RetentionCategory, Integer> destroyed,
        Map<RetentionCategory, Integer> failures, List<RetentionRule> rules) {
}
