package kr.crm.rest.internal;

import java.util.concurrent.TimeUnit;

/**
 * Whether a change count has stood still for a while, as this node saw it. The JAX-RS whiteboard counts its changes
 * in {@code service.changecount} and then rebuilds the application's CXF server; for a moment in between the API's
 * paths answer 404 from CXF ("No service was found"), so the node is not called ready until the count has stood
 * still for {@link #QUIET_SECONDS}. A change is seen when it is looked at, never earlier, so the wait is if anything
 * longer than the whiteboard needs. The first count seen is taken as standing since the node's CRM started.
 */
final class QuietWatch {
    static final int QUIET_SECONDS = 2;

    private final long since;
    private long count = Long.MIN_VALUE;
    private long changedAt;

    QuietWatch(long nowNanos) {
        this.since = nowNanos;
    }

    /** Whether {@code current} has been the count for at least {@link #QUIET_SECONDS} at {@code nowNanos}. */
    synchronized boolean quiet(long current, long nowNanos) {
        if (count == Long.MIN_VALUE) {
            changedAt = since;
        } else if (current != count) {
            changedAt = nowNanos;
        }
        count = current;
        return nowNanos - changedAt >= TimeUnit.SECONDS.toNanos(QUIET_SECONDS);
    }
}
