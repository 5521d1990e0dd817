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
 * for that write, so it sees the order as stored. A write the writer refuses (all busy) or that fails
 * for a passing reason is done again on the caller's thread, with the chunk as linked; a chunk whose link
 * fails, or whose write still fails, goes the careful way ({@link Fallback}: tried again, split on
 * failure) once the write before it is done. Linking is idempotent, so linking again finds what the
 * first try wrote.
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
        try {
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
                    linked = null; // written the careful way, after the write under way
                }
                finish(writing, results, fallback);
                writing = null;
                if (linked == null) {
                    fallback.store(chunk);
                } else {
                    writing = new Writing(chunk, linked, write(linked));
                }
            }
            finish(writing, results, fallback);
            writing = null;
        } finally {
            if (writing != null) { // left by an Error: the caller hears of it only once the write under way ended
                // (a write that finish had already waited for is done, and this returns at once)
                writing.done().handle((stored, failure) -> stored).join();
            }
        }
    }

    private CompletableFuture<List<IngestResult>> write(SourceBatch.Linked linked) {
        try {
            return CompletableFuture.supplyAsync(() -> batch.store(linked), writer);
        } catch (RejectedExecutionException e) { // every writer busy, or the service stopping: see storeAgain
            return CompletableFuture.failedFuture(e);
        }
    }

    private void finish(Writing writing, IngestResult[] results, Fallback fallback) {
        if (writing == null) {
            return;
        }
        List<IngestResult> stored;
        try {
            stored = writing.done().join();
        } catch (CompletionException | CancellationException e) {
            stored = storeAgain(writing.linked(), e.getCause() != null ? e.getCause() : e);
            if (stored == null) {
                fallback.store(writing.chunk());
                return;
            }
        }
        for (int i = 0; i < writing.chunk().size(); i++) {
            results[writing.chunk().get(i)] = stored.get(i);
        }
    }

    /**
     * The linked chunk written on this thread, when the writer refused it or its write failed for a passing
     * reason: linking it again would find the customers its first link created and report them as matched,
     * not new. Null when it cannot be written so.
     */
    private List<IngestResult> storeAgain(SourceBatch.Linked linked, Throwable failure) {
        if (!(failure instanceof RejectedExecutionException) && !Transient.is(failure)) {
            return null;
        }
        return Transient.tries(() -> batch.store(linked)).value();
    }
}
