package kr.crm.mail.internal;

import java.time.Duration;
import java.time.Instant;

/** When a refused message is tried again: base, 2 x base, 4 x base ... at most six hours; none after the last try. */
final class RetryPolicy {
    static final Duration CEILING = Duration.ofHours(6);
    private final Duration base;
    private final int maxAttempts;

    RetryPolicy(Duration base, int maxAttempts) {
        this.base = base;
        this.maxAttempts = maxAttempts;
    }

    /** @param attemptsSoFar tries made including the one that just failed */
    boolean exhausted(int attemptsSoFar) {
        return attemptsSoFar >= maxAttempts;
    }

    Instant next(int attemptsSoFar, Instant now) {
        Duration delay = base.multipliedBy(1L << Math.min(attemptsSoFar - 1, 20));
        return now.plus(delay.compareTo(CEILING) > 0 ? CEILING : delay);
    }
}
