package kr.crm.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * This node's copy of chain heads outside the database ({@link Anchor}, one per line), appended and flushed to disk,
 * never rewritten. A head already the last line is not written again.
 */
final class AnchorFile {
    static final String NAME = "access-log-anchors.txt";

    private final Path file;
    private long lastSeq = -1;

    AnchorFile(Path directory) {
        this.file = directory.resolve(NAME);
    }

    Path path() {
        return file;
    }

    /** Appends the head unless it is the last one written. */
    synchronized void append(Anchor anchor) {
        try {
            if (lastSeq < 0) {
                List<Anchor> all = read();
                lastSeq = all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
            }
            if (anchor.seq() == lastSeq) {
                return;
            }
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap(anchor.line().getBytes(StandardCharsets.UTF_8)));
                ch.force(false);
            }
            lastSeq = anchor.seq();
        } catch (IOException e) {
            throw new UncheckedIOException("access-log anchor not written to " + file, e);
        }
    }

    /**
     * Every anchor in the file, oldest first; none if there is no file yet.
     * @throws IllegalStateException naming the line that cannot be read
     */
    List<Anchor> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("access-log anchors not readable: " + file, e);
        }
        List<Anchor> anchors = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                try {
                    anchors.add(Anchor.parse(lines.get(i)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        return anchors;
    }
}
