package kr.crm.campaign.internal;

import java.util.concurrent.TimeUnit;

/** Spaces hand-overs evenly: at most {@code perSecond} per second across every lane; 0 for no limit. */
final class RateLimit {
    private final long intervalNanos;
    private long next = System.nanoTime();

    RateLimit(int perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / perSecond;
    }

    void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, next);
            next = slot + intervalNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
