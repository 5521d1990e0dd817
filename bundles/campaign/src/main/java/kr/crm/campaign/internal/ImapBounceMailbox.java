package kr.crm.campaign.internal;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The bounce mailbox over IMAP (Angus Mail's provider): the oldest messages of the folder, their bytes, and moving
 * handled ones to another folder (copy, flag deleted, expunge on close: what every IMAP server can do). A message is
 * only moved after its report was stored, so a pass that dies in between reads it again and the store's key makes
 * the second reading a no-op.
 */
final class ImapBounceMailbox implements AutoCloseable {
    private final Store store;
    private final Folder folder;

    private ImapBounceMailbox(Store store, Folder folder) {
        this.store = store;
        this.folder = folder;
    }

    static ImapBounceMailbox open(BounceSettings s) throws MessagingException {
        String protocol = "TLS".equals(s.security()) ? "imaps" : "imap";
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        p.put(prefix + "host", s.host());
        p.put(prefix + "port", Integer.toString(s.port()));
        p.put(prefix + "connectiontimeout", Integer.toString(s.timeoutMillis()));
        p.put(prefix + "timeout", Integer.toString(s.timeoutMillis()));
        if ("STARTTLS".equals(s.security())) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        if (!"NONE".equals(s.security())) {
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        Store store = Session.getInstance(p).getStore(protocol);
        store.connect(s.host(), s.port(), s.user(), s.password());
        try {
            Folder folder = store.getFolder(s.folder());
            folder.open(Folder.READ_WRITE);
            return new ImapBounceMailbox(store, folder);
        } catch (MessagingException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The oldest {@code max} messages not yet flagged deleted. */
    List<Message> oldest(int max) throws MessagingException {
        int n = folder.getMessageCount();
        if (n <= 0) {
            return List.of();
        }
        return Arrays.stream(folder.getMessages(1, Math.min(n, max)))
                .filter(m -> {
                    try {
                        return !m.isSet(Flags.Flag.DELETED);
                    } catch (MessagingException e) {
                        return false;
                    }
                }).toList();
    }

    static byte[] bytes(Message m) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    /** Copies the messages to {@code target} (made if missing) and flags them deleted here. */
    void move(List<Message> messages, String target) throws MessagingException {
        if (messages.isEmpty()) {
            return;
        }
        Folder to = store.getFolder(target);
        if (!to.exists() && !to.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("cannot create the folder " + target);
        }
        Message[] array = messages.toArray(Message[]::new);
        folder.copyMessages(array, to);
        folder.setFlags(array, new Flags(Flags.Flag.DELETED), true);
    }

    @Override
    public void close() throws MessagingException {
        try {
            if (folder.isOpen()) {
                folder.close(true);
            }
        } finally {
            store.close();
        }
    }
}
