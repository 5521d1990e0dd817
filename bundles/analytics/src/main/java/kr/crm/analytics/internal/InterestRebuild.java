package kr.crm.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import kr.crm.api.store.AnalyticsStore;

/**
 * Interest signals per customer from campaign tracking: last open and click, and opens and clicks in the last
 * {@code interestDays} days (decision 251). Derived from the append-only events, so rebuilding is idempotent and any
 * node may do it.
 */
final class InterestRebuild {
    private final AnalyticsStore store;
    private final int days;

    InterestRebuild(AnalyticsStore store, int days) {
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("kr.crm.analytics: interestDays must be from 1 to 3650");
        }
        this.store = store;
        this.days = days;
    }

    /** Rebuilds these customers' rows (aliases resolved to survivors). @return the survivors' keys */
    List<String> refresh(Collection<String> keys, Instant now) {
        List<String> survivors = store.customers(keys);
        if (!survivors.isEmpty()) {
            store.refreshInterest(survivors, since(now), days, now);
        }
        return survivors;
    }

    /** Rebuilds every customer's row (the full recompute). */
    int refreshAll(Instant now) {
        return store.refreshInterest(null, since(now), days, now);
    }

    private Instant since(Instant now) {
        return now.minus(Duration.ofDays(days));
    }
}
