package kr.crm.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import kr.crm.api.audit.AccessEntry;

/**
 * This node's journal of access-log entries (decision 259): segment files {@code journal-<millis>-<id>.log} in one
 * directory that only this host uses (a lock file keeps a second one out). Entries are appended to the newest segment
 * and flushed to the disk ({@code fdatasync}) before {@link #write} returns; a {@link JournalCopier} copies them into
 * the database behind the answers and deletes a segment copied whole. Segments left by an earlier run are copied the
 * same way.
 */
final class AccessJournal implements AutoCloseable {
    private static final String PREFIX = "journal-";
    private static final String SUFFIX = ".log";
    private static final int READ_BYTES = 4 << 20;

    /** A segment file; {@code id} is its name without {@code .log}, the key of its copied mark. */
    record Segment(String id, Path file) {
    }

    /** The segment being written and how many of its bytes are flushed. */
    record Tail(String id, long flushed) {
    }

    /** What {@link #read} found: the entries, the bytes they took, and the bytes the file had from there. */
    record Chunk(JournalRecords.Decoded decoded, long available) {
    }

    private final Path dir;
    private final long segmentBytes;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel channel;
    private long lastMillis;
    private boolean closed;
    private volatile Tail tail;

    private AccessJournal(Path dir, long segmentBytes, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens the journal in {@code dir} and starts a new segment.
     *
     * @throws IllegalStateException if another host (or another instance in this one) has the directory
     */
    static AccessJournal open(Path dir, long segmentBytes) {
        try {
            Files.createDirectories(dir);
            FileChannel lockChannel = FileChannel.open(dir.resolve("journal.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                throw new IllegalStateException("access-log journal directory " + dir + " is in use by another host");
            }
            AccessJournal journal = new AccessJournal(dir, segmentBytes, lockChannel, lock);
            synchronized (journal) {
                journal.startSegment();
            }
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("access-log journal directory " + dir + " cannot be opened", e);
        }
    }

    /** Appends the entries and flushes them to the disk; they are durable when this returns. */
    synchronized void write(List<AccessEntry> entries) {
        if (closed) {
            throw new IllegalStateException("access-log journal is closed");
        }
        ByteBuffer bytes = JournalRecords.encode(entries);
        long start = tail.flushed();
        try {
            for (long at = start; bytes.hasRemaining(); ) {
                at += channel.write(bytes, at);
            }
            channel.force(false);
        } catch (IOException e) {
            abandonSegment(); // what was written after the last flush may be anything: the next write starts afresh
            throw new UncheckedIOException("access-log journal not written", e);
        }
        tail = new Tail(tail.id(), start + bytes.limit());
        if (tail.flushed() >= segmentBytes) {
            abandonSegment();
        }
    }

    Tail tail() {
        return tail;
    }

    /** The segments no longer written to, oldest first, and the one being written: one consistent look. */
    record Listing(List<Segment> finished, Tail tail) {
    }

    /**
     * Lists the directory under the journal's lock, so that a segment being started is never taken for a finished
     * one (its file exists a moment before it becomes the tail).
     *
     * @throws IllegalStateException once the journal is closed: its successor decides what is finished
     */
    synchronized Listing listing() {
        if (closed) {
            throw new IllegalStateException("access-log journal is closed");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Segment> finished = files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                            && f.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .map(f -> new Segment(f.getFileName().toString().replace(SUFFIX, ""), f))
                    .filter(segment -> !segment.id().equals(tail.id()))
                    .toList();
            return new Listing(finished, tail);
        } catch (IOException e) {
            throw new UncheckedIOException("access-log journal directory " + dir + " cannot be listed", e);
        }
    }

    /** The file of a segment by its id. */
    Path file(String id) {
        return dir.resolve(id + SUFFIX);
    }

    /** Whole records of {@code segment} from byte {@code from}, not past {@code until}, at most {@code max}. */
    Chunk read(Segment segment, long from, long until, int max) {
        try (FileChannel in = FileChannel.open(segment.file(), StandardOpenOption.READ)) {
            long available = Math.min(until, in.size()) - from;
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.max(0, Math.min(available, READ_BYTES)));
            while (bytes.hasRemaining() && in.read(bytes, from + bytes.position()) > 0) {
                // fills the buffer
            }
            bytes.flip();
            return new Chunk(JournalRecords.decode(bytes, max), Math.max(0, available));
        } catch (IOException e) {
            throw new UncheckedIOException("access-log journal segment " + segment.id() + " cannot be read", e);
        }
    }

    /** Removes a segment copied whole. */
    void delete(Segment segment) {
        try {
            Files.deleteIfExists(segment.file());
            syncDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("access-log journal segment " + segment.id() + " cannot be deleted", e);
        }
    }

    /** Keeps a segment with a damaged record out of the copy, under another name, for someone to look at. */
    Path setAside(Segment segment) {
        try {
            Path moved = Files.move(segment.file(), segment.file().resolveSibling(segment.id() + ".damaged"));
            syncDirectory();
            return moved;
        } catch (IOException e) {
            throw new UncheckedIOException("access-log journal segment " + segment.id() + " cannot be moved", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        try (lockChannel) {
            channel.close();
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("access-log journal not closed", e);
        }
    }

    /** Closes the segment being written (the copier finishes and deletes it) and starts the next one. */
    private void abandonSegment() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // it is left to the copier as it is
        }
        try {
            startSegment();
        } catch (IOException e) {
            throw new UncheckedIOException("access-log journal segment cannot be started in " + dir, e);
        }
    }

    private void startSegment() throws IOException {
        lastMillis = Math.max(System.currentTimeMillis(), lastMillis + 1); // names sort in the order written
        String id = PREFIX + String.format("%013d", lastMillis) + "-" + UUID.randomUUID().toString().substring(0, 8);
        channel = FileChannel.open(dir.resolve(id + SUFFIX), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        syncDirectory(); // the new name must survive a crash, or a flushed entry could sit in a file nobody finds
        tail = new Tail(id, 0);
    }

    /** Makes the directory's entries (a segment created, deleted or set aside) survive a crash. */
    private void syncDirectory() {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every file system lets a directory be opened; the segment's own flushes still hold its data
        }
    }
}
