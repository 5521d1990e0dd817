package kr.crm.api.privacy;

import java.time.Instant;

/**
 * A retention rule as it applies now.
 *
 * @param category the data category
 * @param rule what it keeps and why, e.g. {@code 5 years after the year of the last order (국세기본법 제85조의3)}
 * @param method what happens when the period ends
 * @param cutoff data whose clock is before this instant has expired; null if the rule is turned off
 */
public record RetentionRule(RetentionCategory category, String rule, DestructionMethod method, Instant cutoff) {
}
