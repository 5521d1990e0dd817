package kr.crm.api.identity;

/**
 * Which customer key a party was linked to, and why.
 *
 * @param customerKey the key
 * @param created true if no existing customer matched and the key is new
 * @param score the match score (0-100) of the linked customer; 0 when created
 * @param matchedOn the rule that matched, e.g. {@code BRN} or {@code NAME+PHONE}; null when created
 * @param queued true if the new key may be an existing customer and waits in the review queue
 */
public record Resolution(String customerKey, boolean created, int score, String matchedOn, boolean queued) {
}
