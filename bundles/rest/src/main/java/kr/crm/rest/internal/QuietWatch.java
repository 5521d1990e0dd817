package kr.crm.rest.internal;

import java.util.concurrent.TimeUnit;

/**
 * Whether a change count has stood still for a while, as this node saw it. The JAX-RS whiteboard counts its changes
 * in {@code service.changecount} and then rebuilds the application's CXF server; for a moment in between the API's
 * paths answer 404 from CXF ("No service was found"), so the node is not called ready until the count has stood
 * still for {@link #QUIET_SECONDS}. A change is seen when it is looked at, never earlier, so the wait is if anything
 * longer than the whiteboard needs; the first count seen counts as a change.
 */
final class QuietWatch {
    static final int QUIET_SECONDS = 2;

    private Long count;
    private long changedAt;

    /** Whether {@code current} has been the count for at least {@link #QUIET_SECONDS} at {@code nowNanos}. */
    synchronized boolean quiet(long current, long nowNanos) {
        if (count == null || current != count) {
            changedAt = nowNanos;
        }
        count = current;
        return nowNanos - changedAt >= TimeUnit.SECONDS.toNanos(QUIET_SECONDS);
    }
}
