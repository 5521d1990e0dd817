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
 * This node's copies of chain heads outside the database ({@link Anchor}, one ASCII line each), appended and flushed
 * to disk. A head already the last line is not written again. A last line without its newline is a write cut short
 * (the host died in it): it is not read, and the next append writes over it. A file that held copies and is gone is
 * an error, not an empty list.
 */
final class AnchorFile {
    static final String NAME = "access-log-anchors.txt";

    private final Path file;
    private boolean held;

    AnchorFile(Path directory) {
        this.file = directory.resolve(NAME);
    }

    /**
     * Appends the head unless it is the newest copy already.
     * @throws IllegalStateException as {@link #read}; UncheckedIOException if it cannot be written
     */
    synchronized void append(Anchor anchor) {
        String text = text();
        List<Anchor> all = parse(text);
        Anchor newest = all.isEmpty() ? null : all.get(all.size() - 1);
        if (newest != null && newest.seq() == anchor.seq() && newest.hash().equals(anchor.hash())) {
            return;
        }
        long complete = text.lastIndexOf('\n') + 1; // ASCII: characters are bytes
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                ch.truncate(complete);
                ch.write(ByteBuffer.wrap(anchor.line().getBytes(StandardCharsets.US_ASCII)), complete);
                ch.force(false);
            }
            held = true;
        } catch (IOException e) {
            throw new UncheckedIOException("access-log anchor not written to " + file, e);
        }
    }

    /**
     * Every complete line's anchor, oldest first; none if there is no file yet.
     * @throws IllegalStateException naming the line that cannot be read, or if the file this node wrote is gone
     */
    synchronized List<Anchor> read() {
        return parse(text());
    }

    private String text() {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            if (held) {
                throw new IllegalStateException(file + " held copies and is gone", e);
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("access-log anchors not readable: " + file, e);
        }
    }

    private List<Anchor> parse(String text) {
        String[] lines = text.split("\n", -1); // after the last newline: nothing, or a write cut short
        List<Anchor> anchors = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length - 1; i++) {
            if (!lines[i].isBlank()) {
                try {
                    anchors.add(Anchor.parse(lines[i]));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        held |= !anchors.isEmpty();
        return anchors;
    }
}
