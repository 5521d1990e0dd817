package kr.crm.api.identity;

import java.time.Instant;
import java.util.Map;

/**
 * Two customers found to be one: {@code mergedKey} became an alias of {@code survivorKey}.
 *
 * @param id merge id, for undo
 * @param survivorKey the key that survives
 * @param mergedKey the key that became an alias
 * @param reason why, in words
 * @param mergedBy who merged
 * @param mergedAt when
 * @param undoneBy who undid it, null while it stands
 * @param undoneAt when it was undone, null while it stands
 * @param moved how many rows of each kind moved to the survivor (e.g. {@code sales_order: 3})
 */
public record Merge(long id, String survivorKey, String mergedKey, String reason, String mergedBy, Instant mergedAt,
        String undoneBy, Instant undoneAt, Map<String, Integer> moved) {
}
