package kr.crm.api.analytics;

import java.time.Instant;

/**
 * A customer's interest signals from campaign e-mails (docs/analytics.md, "Interest signals from campaigns").
 *
 * @param customerKey the customer (the survivor of merges)
 * @param lastOpenAt the last tracked open, or null
 * @param lastClickAt the last tracked click, or null
 * @param recentOpens opens in the last {@code windowDays} days as of {@code computedAt}
 * @param recentClicks clicks in the last {@code windowDays} days as of {@code computedAt}
 * @param windowDays the interest window
 * @param computedAt when the row was last rebuilt
 * @since 0.3
 */
public record InterestSignals(String customerKey, Instant lastOpenAt, Instant lastClickAt, int recentOpens,
        int recentClicks, int windowDays, Instant computedAt) {
}
