package kr.crm.api.service;

/**
 * Survey answers of one month (in the service calendar's zone).
 *
 * @param month {@code yyyy-MM}
 * @param answers how many surveys were answered
 * @param average their average score, two decimals; null without answers
 * @param low answers at or under the low-score threshold
 * @since 0.4
 */
public record SatisfactionMonth(String month, long answers, Double average, long low) {
}
