package kr.crm.analytics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.store.AnalyticsStore;

/**
 * Writes a full recompute's changed measures on two connections at once: each chunk is sorted by key and its lower
 * half written beside its upper half, so the two writers hold disjoint, ascending key ranges (decision 254). Used by
 * one run and closed after it.
 */
final class MeasureWriter implements AutoCloseable {
    private final AnalyticsStore store;
    private final ExecutorService second = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crm-analytics-writer");
        t.setDaemon(true);
        return t;
    });
    private long nanos;

    MeasureWriter(AnalyticsStore store) {
        this.store = store;
    }

    /** Writes the chunk and the removals; returns when both halves are stored. */
    void write(List<CustomerMeasures> chunk, List<String> removed) {
        long started = System.nanoTime();
        List<CustomerMeasures> sorted = new ArrayList<>(chunk);
        sorted.sort(Comparator.comparing(CustomerMeasures::customerKey));
        int half = sorted.size() / 2;
        CompletableFuture<Void> lower = CompletableFuture.runAsync(
                () -> store.write(sorted.subList(0, half), List.of()), second);
        try {
            store.write(sorted.subList(half, sorted.size()), removed);
        } finally {
            try {
                lower.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        nanos += System.nanoTime() - started;
    }

    /** Time spent writing so far, in milliseconds. */
    long millis() {
        return nanos / 1_000_000;
    }

    @Override
    public void close() {
        second.shutdown();
    }
}
