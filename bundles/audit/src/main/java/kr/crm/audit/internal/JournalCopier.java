package kr.crm.audit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kr.crm.api.store.AccessLogStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies this node's {@link AccessJournal} into the access log in the database, behind the answers (decision 259):
 * a thread of its own, woken by a write (then gathering what more comes in {@link #GATHER_MILLIS}) and at least once
 * a second, appends what was flushed, up to {@link #BATCH} entries a transaction, and moves the segment's copied mark in the same transaction, so a copy that
 * is retried after a lost commit appends nothing twice. A segment copied whole is deleted. A reader of the log calls
 * {@link #catchUp} first and sees every entry this node has answered for.
 */
final class JournalCopier implements AutoCloseable {
    static final int BATCH = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(JournalCopier.class);
    /**
     * How long a copy waits after a write for more: at 200 requests/s about 20 entries a transaction instead of one,
     * so that the copy's own commits (and their flushes, on the disk the journal flushes to) stay few.
     */
    static final long GATHER_MILLIS = 100;
    private static final long IDLE_MILLIS = 1000;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final AccessJournal journal;
    private final AccessLogStore store;
    private final ReentrantLock copying = new ReentrantLock();
    private final Map<String, Long> marks = new HashMap<>(); // guarded by copying
    private final Object wake = new Object();
    private final Thread thread;
    private boolean signalled; // guarded by wake
    private volatile boolean running = true;

    JournalCopier(AccessJournal journal, AccessLogStore store) {
        this.journal = journal;
        this.store = store;
        this.thread = new Thread(this::run, "crm-access-log-copier");
        this.thread.setDaemon(true);
    }

    JournalCopier start() {
        thread.start();
        return this;
    }

    /** Something was written: copy it soon. */
    void signal() {
        synchronized (wake) {
            signalled = true;
            wake.notifyAll();
        }
    }

    /**
     * Copies, in the caller's thread, everything flushed so far.
     *
     * @throws RuntimeException if the database does not take it
     */
    void catchUp() {
        copying.lock();
        try {
            while (copyOnce()) {
                // until nothing is left
            }
        } finally {
            copying.unlock();
        }
    }

    /** Stops the thread, waiting up to 10 s for a copy under way; what is not copied stays in the journal. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        signal();
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void run() {
        int failures = 0;
        while (running) {
            boolean more;
            try {
                copying.lock();
                try {
                    more = copyOnce();
                } finally {
                    copying.unlock();
                }
                failures = 0;
            } catch (RuntimeException e) {
                failures++;
                // the message is left out: a database error can quote the values it refused
                LOG.warn("access-log journal not copied into the database (attempt {}): {}", failures,
                        e.getClass().getName());
                more = false;
            }
            if (!more && await(failures == 0 ? IDLE_MILLIS
                    : Math.min(MAX_BACKOFF_MILLIS, 1000L << Math.min(failures, 5))) && failures == 0) {
                gather();
            }
        }
    }

    /** A write woke the thread: the writes of the next {@link #GATHER_MILLIS} join the same transaction. */
    private void gather() {
        try {
            Thread.sleep(GATHER_MILLIS);
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a signal or {@code millis}; true if signalled. */
    private boolean await(long millis) {
        synchronized (wake) {
            long until = System.currentTimeMillis() + millis;
            try {
                for (long left = millis; !signalled && running && left > 0; left = until - System.currentTimeMillis()) {
                    wake.wait(left);
                }
            } catch (InterruptedException e) {
                running = false;
                Thread.currentThread().interrupt();
            }
            boolean woken = signalled;
            signalled = false;
            return woken;
        }
    }

    /** Under {@link #copying}: one step (a batch copied, or a finished segment removed); false if none was left. */
    private boolean copyOnce() {
        AccessJournal.Tail tail = journal.tail();
        List<AccessJournal.Segment> segments = journal.segments();
        for (AccessJournal.Segment segment : segments) {
            if (!segment.id().equals(tail.id()) && copyFinished(segment)) {
                return true;
            }
        }
        for (AccessJournal.Segment segment : segments) {
            if (segment.id().equals(tail.id())) {
                return copy(segment, tail.flushed()) > 0;
            }
        }
        return false;
    }

    /** A segment no longer written to: the next batch of it, or, once it is all copied, its removal. */
    private boolean copyFinished(AccessJournal.Segment segment) {
        AccessJournal.Chunk left = read(segment, Long.MAX_VALUE);
        if (!left.decoded().entries().isEmpty()) {
            return copy(segment, left) > 0;
        }
        if (left.decoded().broken()) {
            LOG.error("access-log journal segment {} has a damaged record after byte {}; set aside as {} and not "
                    + "copied further", segment.id(), marks.get(segment.id()), journal.setAside(segment));
        } else {
            if (left.available() > 0) {
                LOG.info("access-log journal segment {}: the last {} bytes are an entry cut short when its host "
                        + "stopped, never flushed and so never answered for; dropped", segment.id(), left.available());
            }
            journal.delete(segment);
        }
        store.forgetJournal(segment.id());
        marks.remove(segment.id());
        return true;
    }

    private int copy(AccessJournal.Segment segment, long until) {
        return copy(segment, read(segment, until));
    }

    private int copy(AccessJournal.Segment segment, AccessJournal.Chunk chunk) {
        List<kr.crm.api.audit.AccessEntry> entries = chunk.decoded().entries();
        if (entries.isEmpty()) {
            return 0;
        }
        long from = marks.get(segment.id());
        long through = from + chunk.decoded().bytes();
        if (store.appendCopied(entries, ChainHash::of, segment.id(), from, through)) {
            marks.put(segment.id(), through);
        } else { // an earlier attempt committed after all: go on from where the database says
            marks.put(segment.id(), store.copiedThrough(segment.id()));
        }
        return entries.size();
    }

    private AccessJournal.Chunk read(AccessJournal.Segment segment, long until) {
        long from = marks.computeIfAbsent(segment.id(), store::copiedThrough);
        return journal.read(segment, from, until, BATCH);
    }
}
