package kr.crm.api.service;

/**
 * Satisfaction of one group (an assignee or a type) over a period.
 *
 * @param group the assignee's user name or the type code; null for requests resolved without an assignee
 * @param answers how many surveys were answered
 * @param average their average score, rounded to two decimals
 * @param low how many of them were at or under the low-score threshold
 * @since 0.2
 */
public record SatisfactionRow(String group, long answers, double average, long low) {
}
