package kr.crm.api.privacy;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the destruction log (파기 기록). It names no person: only the key the data was held under.
 *
 * @param id its number, ascending
 * @param category the rule's data category
 * @param customerKey the customer or contact person whose data it was; null for a category-wide purge
 * @param method deleted or anonymised
 * @param rule the rule as applied, e.g. {@code no order and no activity for 24 months}
 * @param counts rows destroyed per table, e.g. {@code contact_person=2}
 * @param requestId the data-subject request that asked for it, if any
 * @param destroyedBy {@code system:purge} for the daily job, else the user who ran it
 * @param destroyedAt when
 */
public record DestructionEntry(long id, RetentionCategory category, String customerKey, DestructionMethod method,
        String rule, Map<String, Integer> counts, String requestId, String destroyedBy, Instant destroyedAt) {
}
