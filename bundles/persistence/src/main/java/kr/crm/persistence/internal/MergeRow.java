package kr.crm.persistence.internal;

import java.time.Instant;

/** A {@code customer_merge} row. */
public record MergeRow(long id, String survivorKey, String mergedKey, String reason, String mergedBy, Instant mergedAt,
        String undoneBy, Instant undoneAt) {
}
