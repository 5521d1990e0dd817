package kr.crm.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import kr.crm.api.audit.AccessEntry;

/**
 * Group commit of access-log entries on one node, leader and followers: a caller queues its entry and, if no batch is
 * being written, becomes the leader and writes everything queued in one go (one transaction with one head lock, or
 * one flush of the node's journal) in its own thread. Callers arriving meanwhile wait; the batch that takes their
 * entry wakes them all at once when it is durable, and a leader that leaves entries queued wakes the first of their
 * callers to lead the next batch. A caller returns only after its entry is durable, so nothing is buffered that a
 * dying host could lose; one database connection or one flush serves however many requests wait; and a lone request
 * pays no hand-over to another thread (decisions 161, 223, 259).
 */
final class GroupCommit implements AutoCloseable {
    static final int MAX_BATCH = 1000;
    /** How long a waiting caller sleeps at most before it looks again (a safety net: it is woken when it matters). */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    /** Where a batch goes; durable when {@link #write} returns. */
    @FunctionalInterface
    interface Sink {
        void write(List<AccessEntry> entries);
    }

    private static final class Pending {
        final AccessEntry entry;
        final Thread caller = Thread.currentThread();
        volatile RuntimeException failure;
        volatile boolean done;

        Pending(AccessEntry entry) {
            this.entry = entry;
        }
    }

    private final Sink sink;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    private final long timeoutNanos;
    private volatile boolean open = true;

    GroupCommit(Sink sink, long timeoutMillis) {
        this.sink = sink;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    /** Appends the entry; returns once it is durable. @throws IllegalStateException if it could not be made so */
    void append(AccessEntry entry) {
        if (!open) {
            throw new IllegalStateException("access log is stopping");
        }
        Pending p = new Pending(entry);
        queue.add(p);
        long deadline = System.nanoTime() + timeoutNanos;
        while (!p.done) {
            // an interrupted thread does not lead: a file write in it would fail the whole batch
            if (!Thread.currentThread().isInterrupted() && writing.tryLock()) {
                lead(p);
                break;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || Thread.currentThread().isInterrupted()) {
                giveUp(p, left <= 0 ? "access log entry not stored in " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos)
                        + " ms" : "interrupted while the access log was written");
                break;
            }
            LockSupport.parkNanos(this, Math.min(left, RECHECK_NANOS));
        }
        if (p.failure != null) {
            throw new IllegalStateException("access log entry not stored", p.failure);
        }
    }

    /** Holding {@link #writing}: writes batches until the caller's entry is in one, then wakes the next leader. */
    private void lead(Pending p) {
        try {
            while (!p.done) { // more than a batch may be ahead of it
                writeBatch();
            }
        } finally {
            writing.unlock();
        }
        Pending next = queue.peek();
        if (next != null) {
            LockSupport.unpark(next.caller);
        }
    }

    private void giveUp(Pending p, String why) {
        queue.remove(p);
        if (!p.done) { // a batch that took it may still write it: the entry then has no answer
            throw new IllegalStateException(why);
        }
    }

    /** Under {@link #writing}: everything queued, up to {@link #MAX_BATCH}, in one go; wakes each caller in it. */
    private void writeBatch() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        RuntimeException failure = null;
        try {
            sink.write(batch.stream().map(q -> q.entry).toList());
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Pending q : batch) {
            q.failure = failure;
            q.done = true;
            LockSupport.unpark(q.caller);
        }
    }

    /** New entries are refused; those already queued are written by their callers or time out. */
    @Override
    public void close() {
        open = false;
    }
}
