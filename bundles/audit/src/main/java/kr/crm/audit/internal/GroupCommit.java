package kr.crm.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.audit.LoggedAccess;
import kr.crm.api.store.AccessLogStore;

/**
 * Group commit of access-log entries on one node: callers wait while one writer thread appends everything that
 * arrived since its last transaction in one transaction (one head lock, one commit), then hands each caller its
 * committed row. A caller returns only after the commit, so nothing is buffered that a dying host could lose; the
 * writer needs one database connection however many requests wait (decision 161).
 */
final class GroupCommit implements AutoCloseable {
    static final int MAX_BATCH = 1000;

    private record Pending(AccessEntry entry, CompletableFuture<LoggedAccess> done) {
    }

    private final AccessLogStore store;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final long timeoutMillis;
    private volatile boolean open = true;

    GroupCommit(AccessLogStore store, long timeoutMillis) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
        this.writer = new Thread(this::work, "crm-access-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Appends the entry; returns once it is committed. @throws IllegalStateException if it could not be */
    LoggedAccess append(AccessEntry entry) {
        if (!open) {
            throw new IllegalStateException("access log is stopping");
        }
        Pending p = new Pending(entry, new CompletableFuture<>());
        queue.add(p);
        try {
            return p.done().get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the access log was written", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("access log entry not stored", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("access log entry not stored in " + timeoutMillis + " ms", e);
        }
    }

    private void work() {
        List<Pending> batch = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                List<LoggedAccess> rows = store.appendAll(batch.stream().map(Pending::entry).toList(), ChainHash::of);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(rows.get(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                open = false;
            } catch (RuntimeException e) {
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new IllegalStateException("access log stopped"));
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
