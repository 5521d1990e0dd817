package kr.crm.audit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kr.crm.api.audit.AccessEntry;
import kr.crm.api.store.AccessLogStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies this node's {@link AccessJournal} into the access log in the database, behind the answers (decision 259):
 * a thread of its own, woken by a write (then gathering what more comes in {@link #GATHER_MILLIS}) and at least once
 * a second, appends what was flushed, up to {@link #BATCH} entries a transaction, and moves the segment's copied
 * mark in the same transaction, so a copy that is retried after a lost commit appends nothing twice. A segment copied
 * whole is marked finished, then deleted. A reader of the log calls {@link #catchUp} first and sees every entry this
 * node has answered for.
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
            AccessJournal.Listing listing = journal.listing();
            AccessJournal.Tail target = listing.tail(); // not beyond: under steady writes there is always more
            while (copyOnce(listing)) {
                listing = journal.listing();
                if (reached(target, listing)) {
                    break;
                }
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
                    more = copyOnce(journal.listing());
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
            if (failures > 0) { // the database is away: writes go on waking the thread, the retries wait
                waitFor(Math.min(MAX_BACKOFF_MILLIS, 1000L << Math.min(failures, 5)), false);
            } else if (!more && waitFor(IDLE_MILLIS, true)) {
                waitFor(GATHER_MILLIS, false); // a write woke it: the next ones join the same transaction
            }
        }
    }

    /**
     * Waits {@code millis}; a stop ends the wait early, and so does a write if {@code untilWritten}.
     *
     * @return whether a write came (and was taken) meanwhile
     */
    private boolean waitFor(long millis, boolean untilWritten) {
        synchronized (wake) {
            long until = System.currentTimeMillis() + millis;
            try {
                for (long left = millis; !(untilWritten && signalled) && running && left > 0;
                        left = until - System.currentTimeMillis()) {
                    wake.wait(left);
                }
            } catch (InterruptedException e) {
                running = false;
                Thread.currentThread().interrupt();
            }
            boolean written = signalled;
            signalled = false;
            return written;
        }
    }

    /** Under {@link #copying}: one step (a batch copied, or a finished segment removed); false if none was left. */
    private boolean copyOnce(AccessJournal.Listing listing) {
        for (AccessJournal.Segment segment : listing.finished()) {
            if (copyFinished(segment)) {
                return true;
            }
        }
        AccessJournal.Tail tail = listing.tail();
        AccessJournal.Segment current = new AccessJournal.Segment(tail.id(), journal.file(tail.id()));
        return mark(current) != AccessLogStore.FINISHED && copy(current, read(current, tail.flushed())) > 0;
    }

    /** A segment no longer written to: the next batch of it, or, once it is all copied, its removal. */
    private boolean copyFinished(AccessJournal.Segment segment) {
        if (mark(segment) == AccessLogStore.FINISHED) { // copied whole before: a crash kept it from being deleted
            journal.delete(segment);
            return true;
        }
        AccessJournal.Chunk left = read(segment, Long.MAX_VALUE);
        if (!left.decoded().entries().isEmpty()) {
            return copy(segment, left) > 0;
        }
        long at = mark(segment);
        store.finishJournal(segment.id()); // first: a copy still under way elsewhere now appends nothing of it
        marks.put(segment.id(), AccessLogStore.FINISHED);
        if (left.decoded().broken()) {
            LOG.error("access-log journal segment {} has a damaged record after byte {}; set aside as {} and not "
                    + "copied further", segment.id(), at, journal.setAside(segment));
        } else {
            if (left.available() > 0) {
                LOG.info("access-log journal segment {}: the last {} bytes are an entry cut short when its host "
                        + "stopped, never flushed and so never answered for; dropped", segment.id(), left.available());
            }
            journal.delete(segment);
        }
        return true;
    }

    private int copy(AccessJournal.Segment segment, AccessJournal.Chunk chunk) {
        List<AccessEntry> entries = chunk.decoded().entries();
        if (entries.isEmpty()) {
            return 0;
        }
        long from = mark(segment);
        long through = from + chunk.decoded().bytes();
        if (store.appendCopied(entries, ChainHash::of, segment.id(), from, through)) {
            marks.put(segment.id(), through);
        } else { // an earlier attempt committed after all: go on from where the database says
            marks.put(segment.id(), store.copiedThrough(segment.id()));
        }
        return entries.size();
    }

    private AccessJournal.Chunk read(AccessJournal.Segment segment, long until) {
        return journal.read(segment, mark(segment), until, BATCH);
    }

    /** How far the segment is copied, as the database said when first asked; {@link AccessLogStore#FINISHED}. */
    private long mark(AccessJournal.Segment segment) {
        return marks.computeIfAbsent(segment.id(), store::copiedThrough);
    }

    /** Whether everything flushed up to {@code target} is copied: its segment so far, and every segment before. */
    private boolean reached(AccessJournal.Tail target, AccessJournal.Listing listing) {
        Long mark = marks.get(target.id());
        return mark != null && (mark == AccessLogStore.FINISHED || mark >= target.flushed())
                && listing.finished().stream().noneMatch(s -> s.id().compareTo(target.id()) < 0);
    }
}
