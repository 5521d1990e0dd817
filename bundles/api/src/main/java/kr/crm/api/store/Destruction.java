package kr.crm.api.store;

import java.time.Instant;
import kr.crm.api.privacy.DestructionMethod;
import kr.crm.api.privacy.RetentionCategory;

/**
 * The destruction-log row a purge step writes in the same transaction as its deletes.
 *
 * @param category the rule's data category
 * @param method deleted or anonymised
 * @param rule the rule as applied
 * @param requestId the data-subject request, if any
 * @param by who ran it
 * @param at when
 * @since 2.9
 */
public record Destruction(RetentionCategory category, DestructionMethod method, String rule, Long requestId,
        String by, Instant at) {
}
