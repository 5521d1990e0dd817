package kr.crm.campaign.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one slice with at most {@code perDomain} workers per receiving domain (the seed's throttle), each worker
 * draining its domain's queue in order; workers of all domains share the executor, whose size caps the total.
 */
final class DomainLanes {
    private final int perDomain;

    DomainLanes(int perDomain) {
        this.perDomain = Math.max(1, perDomain);
    }

    <T> void run(List<T> slice, Function<T, String> domainOf, Consumer<T> work, ExecutorService executor)
            throws InterruptedException {
        Map<String, Queue<T>> byDomain = new LinkedHashMap<>();
        for (T t : slice) {
            byDomain.computeIfAbsent(domainOf.apply(t), d -> new ArrayDeque<>()).add(t);
        }
        List<Future<?>> lanes = new ArrayList<>();
        for (Queue<T> queue : byDomain.values()) {
            int workers = Math.min(perDomain, queue.size());
            for (int i = 0; i < workers; i++) {
                lanes.add(executor.submit(() -> {
                    for (T t = poll(queue); t != null && !Thread.currentThread().isInterrupted(); t = poll(queue)) {
                        work.accept(t);
                    }
                }));
            }
        }
        for (Future<?> lane : lanes) {
            try {
                lane.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a send lane failed", e.getCause());
            }
        }
    }

    private static <T> T poll(Queue<T> queue) {
        synchronized (queue) {
            return queue.poll();
        }
    }
}
