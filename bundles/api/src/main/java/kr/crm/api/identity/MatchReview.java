package kr.crm.api.identity;

import java.time.Instant;

/**
 * An uncertain match: {@code customerKey} was made for a party that may be {@code candidateKey}.
 *
 * @param id review id
 * @param customerKey the key the party got
 * @param candidateKey the existing customer it may be
 * @param source the channel that delivered the party
 * @param score the match score, below the link threshold and at or above the review floor
 * @param rule the rule that scored, e.g. {@code PHONE}
 * @param status open, merged or dismissed
 * @param createdAt when it was queued
 * @param resolvedBy who resolved it
 * @param resolvedAt when
 */
public record MatchReview(long id, String customerKey, String candidateKey, String source, int score, String rule,
        ReviewStatus status, Instant createdAt, String resolvedBy, Instant resolvedAt) {
}
