package kr.crm.api.store;

import java.time.Instant;

/**
 * What a re-delivered order keeps from its first delivery.
 *
 * @param customerKey the key it is linked to
 * @param receivedAt when it first arrived
 * @since 2.0
 */
public record OrderLink(String customerKey, Instant receivedAt) {
}
