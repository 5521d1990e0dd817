package kr.crm.orders.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.IngestResult;

/**
 * Links and stores one source's chunks so that a chunk's orders are written (on the writer, with a
 * connection of its own) while the next chunk's parties are resolved: the host's work on one chunk and
 * the database's on the other overlap.
 *
 * <p>A chunk is linked only after the chunk before it was linked, so it finds the customers that one
 * created, exactly as one by one. A chunk sharing an order number with the chunk being written waits
 * for that write, so it sees the order as stored. A chunk whose link or write fails goes the careful
 * way ({@link Fallback}: tried again, split on failure) once the write before it is done; linking is
 * idempotent, so linking it again finds what the first try wrote.
 */
final class ChunkPipeline {
    /** Links and stores a chunk the careful way: tried again, split in halves on failure. */
    interface Fallback {
        void store(List<Integer> chunk);
    }

    private final SourceBatch batch;
    private final Executor writer;
    private final Supplier<Instant> clock;

    ChunkPipeline(SourceBatch batch, Executor writer, Supplier<Instant> clock) {
        this.batch = batch;
        this.writer = writer;
        this.clock = clock;
    }

    private record Writing(List<Integer> chunk, SourceBatch.Linked linked, CompletableFuture<List<IngestResult>> done) {
    }

    /**
     * @param chunks positions in {@code clean}, each chunk one batch
     * @param results where each position's result goes
     */
    void run(String source, List<List<Integer>> chunks, List<IncomingOrder> clean, IngestResult[] results,
            Fallback fallback) {
        Writing writing = null;
        for (List<Integer> chunk : chunks) {
            List<IncomingOrder> orders = chunk.stream().map(clean::get).toList();
            if (writing != null && writing.linked().sharesAnyOf(orders)) {
                finish(writing, results, fallback);
                writing = null;
            }
            SourceBatch.Linked linked;
            try {
                linked = batch.link(source, orders, clock.get());
            } catch (RuntimeException e) {
                finish(writing, results, fallback);
                writing = null;
                fallback.store(chunk);
                continue;
            }
            finish(writing, results, fallback);
            writing = new Writing(chunk, linked, write(linked));
        }
        finish(writing, results, fallback);
    }

    private CompletableFuture<List<IngestResult>> write(SourceBatch.Linked linked) {
        try {
            return CompletableFuture.supplyAsync(() -> batch.store(linked), writer);
        } catch (RejectedExecutionException e) { // the service is stopping: the careful way, on this thread
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void finish(Writing writing, IngestResult[] results, Fallback fallback) {
        if (writing == null) {
            return;
        }
        List<IngestResult> stored;
        try {
            stored = writing.done().join();
        } catch (CompletionException | CancellationException e) {
            fallback.store(writing.chunk());
            return;
        }
        for (int i = 0; i < writing.chunk().size(); i++) {
            results[writing.chunk().get(i)] = stored.get(i);
        }
    }
}
