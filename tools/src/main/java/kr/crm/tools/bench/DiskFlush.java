package kr.crm.tools.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The floor under any write that must be durable before a request is answered: one append of an access-log-sized
 * record (300 bytes) to a file on the database's own file system and a flush of its data to the disk
 * ({@code fdatasync}), at a fixed rate, timed per flush. A durable commit in MariaDB does at least this, so a log that
 * commits before it answers cannot add less at the same percentile on the same disk.
 */
final class DiskFlush {
    private static final int RECORD = 300;

    private DiskFlush() {
    }

    /** Flush times in microseconds, {@code rate} a second for {@code seconds}, in a file under {@code dir}. */
    static List<Long> run(Path dir, int seconds, int rate) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "flush-probe", ".bin");
        List<Long> micros = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer record = ByteBuffer.allocate(RECORD);
            long gap = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (int i = 0; i < seconds * rate; i++) {
                long wait = start + i * gap - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long t0 = System.nanoTime();
                record.clear();
                ch.write(record, (long) i * RECORD);
                ch.force(false);
                micros.add((System.nanoTime() - t0) / 1000);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return micros;
    }
}
