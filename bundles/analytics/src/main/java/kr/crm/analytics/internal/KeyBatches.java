package kr.crm.analytics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Customer keys arriving with events, handed to {@code work} in batches on a thread of its own, off EventAdmin's
 * delivery thread: the first key of a batch schedules it after {@code delayMillis}, the keys arriving meanwhile join.
 */
final class KeyBatches {
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService worker;
    private final long delayMillis;
    private final Consumer<List<String>> work;

    KeyBatches(String threadName, long delayMillis, Consumer<List<String>> work) {
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, threadName));
        this.delayMillis = delayMillis;
        this.work = work;
    }

    /** Queues the keys for the next batch. */
    void add(Collection<String> keys) {
        addAfter(keys, delayMillis);
    }

    /** Queues the keys again, for a batch no sooner than {@code millis} from now (the work could not be done). */
    void addAfter(Collection<String> keys, long millis) {
        pending.addAll(keys);
        if (scheduled.compareAndSet(false, true)) {
            worker.schedule(this::drain, millis, TimeUnit.MILLISECONDS);
        }
    }

    long delayMillis() {
        return delayMillis;
    }

    void stop() {
        worker.shutdownNow();
    }

    private void drain() {
        scheduled.set(false);
        List<String> keys = new ArrayList<>(pending);
        pending.removeAll(keys);
        if (!keys.isEmpty()) {
            work.accept(keys);
        }
    }
}
