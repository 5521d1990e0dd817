package kr.crm.audit.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import kr.crm.api.audit.AccessAction;
import kr.crm.api.audit.AccessEntry;

/**
 * The layout of one access-log entry in a node's journal file: its length (4 bytes), the CRC-32C of what follows
 * (4 bytes), then version 1, the time in epoch milliseconds, user, source, action, rows, resource, the reason if any
 * and the customer keys, strings in Java's modified UTF-8. A record cut short by a crash (or zeros where it would
 * start) ends what a reader takes from the file: it was never flushed, so no request was answered with it. A record
 * whose check does not match is damage, reported as such.
 */
final class JournalRecords {
    static final int HEADER = 8;
    static final int MAX_PAYLOAD = 1 << 20;
    private static final byte VERSION = 1;

    private JournalRecords() {
    }

    /** The entries, one record each, in one buffer ready to be written. */
    static ByteBuffer encode(List<AccessEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * entries.size());
        for (AccessEntry e : entries) {
            byte[] payload = payload(e);
            CRC32C crc = new CRC32C();
            crc.update(payload);
            out.writeBytes(ByteBuffer.allocate(HEADER).putInt(payload.length).putInt((int) crc.getValue()).array());
            out.writeBytes(payload);
        }
        return ByteBuffer.wrap(out.toByteArray());
    }

    /**
     * The whole records at the start of {@code bytes}, at most {@code max}.
     *
     * @return the entries and how many bytes they took; {@link Decoded#broken()} when a record after them is damaged
     *         rather than merely not all there yet
     */
    static Decoded decode(ByteBuffer bytes, int max) {
        List<AccessEntry> entries = new ArrayList<>();
        int used = 0;
        boolean broken = false;
        while (entries.size() < max && bytes.remaining() >= HEADER) {
            int start = bytes.position();
            int length = bytes.getInt();
            int check = bytes.getInt();
            if (length == 0) { // zeros a crash left past the last write: the end, not damage
                bytes.position(start);
                break;
            }
            if (length < 0 || length > MAX_PAYLOAD) {
                broken = true;
                break;
            }
            if (bytes.remaining() < length) {
                bytes.position(start);
                break;
            }
            byte[] payload = new byte[length];
            bytes.get(payload);
            CRC32C crc = new CRC32C();
            crc.update(payload);
            if ((int) crc.getValue() != check) {
                broken = true;
                break;
            }
            entries.add(entry(payload));
            used = bytes.position();
        }
        return new Decoded(entries, used, broken);
    }

    /** What {@link #decode} found: the entries, the bytes they took, and whether a damaged record came next. */
    record Decoded(List<AccessEntry> entries, int bytes, boolean broken) {
    }

    private static byte[] payload(AccessEntry e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(e.at().toEpochMilli());
            out.writeUTF(e.user());
            out.writeUTF(e.source());
            out.writeUTF(e.action().name());
            out.writeInt(e.rows());
            out.writeUTF(e.resource());
            out.writeBoolean(e.reason() != null);
            if (e.reason() != null) {
                out.writeUTF(e.reason());
            }
            out.writeShort(e.customerKeys().size());
            for (String key : e.customerKeys()) {
                out.writeUTF(key);
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return bytes.toByteArray();
    }

    private static AccessEntry entry(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("journal record of unknown version " + version);
            }
            Instant at = Instant.ofEpochMilli(in.readLong());
            String user = in.readUTF();
            String source = in.readUTF();
            AccessAction action = AccessAction.valueOf(in.readUTF());
            int rows = in.readInt();
            String resource = in.readUTF();
            String reason = in.readBoolean() ? in.readUTF() : null;
            int keys = in.readUnsignedShort();
            List<String> customerKeys = new ArrayList<>(keys);
            for (int i = 0; i < keys; i++) {
                customerKeys.add(in.readUTF());
            }
            return new AccessEntry(at, user, source, action, customerKeys, rows, resource, reason);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
