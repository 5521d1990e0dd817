package kr.crm.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.audit.LoggedAccess;
import kr.crm.api.store.AccessLogStore;

/**
 * Group commit of access-log entries on one node, leader and followers: a caller queues its entry and, if no batch is
 * being written, becomes the leader and writes everything waiting in one transaction (one head lock, one commit) in
 * its own thread, and goes on with what arrived meanwhile (a few batches at most); callers arriving meanwhile wait for
 * their entry, and one whose entry no batch took leads the next. A caller returns only after its entry is committed, so nothing is buffered that a dying host could lose; one
 * database connection is in use however many requests wait; and a lone request pays no hand-over to another thread
 * (decisions 161, 223).
 */
final class GroupCommit implements AutoCloseable {
    static final int MAX_BATCH = 1000;
    private static final int MAX_LEAD = 4;
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private record Pending(AccessEntry entry, CompletableFuture<LoggedAccess> done) {
    }

    private final AccessLogStore store;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    private final long timeoutNanos;
    private volatile boolean open = true;

    GroupCommit(AccessLogStore store, long timeoutMillis) {
        this.store = store;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    /** Appends the entry; returns once it is committed. @throws IllegalStateException if it could not be */
    LoggedAccess append(AccessEntry entry) {
        if (!open) {
            throw new IllegalStateException("access log is stopping");
        }
        Pending p = new Pending(entry, new CompletableFuture<>());
        queue.add(p);
        long deadline = System.nanoTime() + timeoutNanos;
        try {
            while (!p.done().isDone()) {
                lead();
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    queue.remove(p);
                    if (!p.done().isDone()) { // a batch that took it may still commit it: the row then has no answer
                        throw new IllegalStateException("access log entry not stored in "
                                + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
                    }
                    break;
                }
                try {
                    p.done().get(Math.min(left, RECHECK_NANOS), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // its batch is not written yet: lead the next one if nobody does
                }
            }
            return p.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the access log was written", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("access log entry not stored", e.getCause());
        }
    }

    /**
     * Writes batches while entries wait, if no other caller is writing; stops after {@link #MAX_LEAD} so that one
     * request does not carry a busy node's log. An entry queued while the lock was held is seen by the check after
     * the unlock, or by its own caller's next look ({@link #RECHECK_NANOS}).
     */
    private void lead() {
        for (int n = 0; n < MAX_LEAD && !queue.isEmpty() && writing.tryLock(); n++) {
            try {
                writeBatch();
            } finally {
                writing.unlock();
            }
        }
    }

    /** Under {@link #writing}: everything queued, up to {@link #MAX_BATCH}, in one transaction. */
    private void writeBatch() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<LoggedAccess> rows = store.appendAll(batch.stream().map(Pending::entry).toList(), ChainHash::of);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(rows.get(i));
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    /** New entries are refused; those already queued are written by their callers or time out. */
    @Override
    public void close() {
        open = false;
    }
}
