package kr.crm.tools;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The demo's mail server: GreenMail (SMTP and IMAP on 127.0.0.1) in the launcher's JVM. Everything the CRM sends
 * lands here and is also written to {@code work/mail/} as {@code .eml} files that any mail program opens.
 */
final class DemoMailbox implements AutoCloseable {
    private final GreenMail server;
    private final Path folder;
    private final ScheduledExecutorService dumper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-mailbox");
        t.setDaemon(true);
        return t;
    });
    private int written;

    private DemoMailbox(GreenMail server, Path folder) {
        this.server = server;
        this.folder = folder;
    }

    static DemoMailbox start(int smtpPort, int imapPort, Path folder) throws IOException {
        Files.createDirectories(folder);
        GreenMail server = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        DemoMailbox box = new DemoMailbox(server, folder);
        box.dumper.scheduleWithFixedDelay(box::writeNew, 1, 1, TimeUnit.SECONDS);
        return box;
    }

    private synchronized void writeNew() {
        MimeMessage[] received = server.getReceivedMessages();
        for (; written < received.length; written++) {
            Path file = folder.resolve(String.format("%05d.eml", written + 1));
            try (OutputStream out = Files.newOutputStream(file)) {
                received[written].writeTo(out);
            } catch (IOException | MessagingException e) {
                System.err.println("demo mailbox: could not write " + file.getFileName() + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        dumper.shutdownNow();
        writeNew();
        server.stop();
    }
}
