package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import kr.crm.api.mail.MailSender;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A real SMTP server (GreenMail) in the test JVM on its own port, and the host's relay configuration
 * ({@code kr.crm.mail.smtp}) pointing at it. Tests read back what the CRM sent.
 */
final class MailServer {
    static final String FROM = "crm@hanbit-it.co.kr";
    static final String FROM_NAME = "한빛 CRM";
    private static MailServer instance;

    final GreenMail greenMail;
    final int port;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
        this.port = greenMail.getSmtp().getPort();
    }

    static synchronized MailServer get() throws Exception {
        if (instance == null) {
            GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            instance = new MailServer(server);
            instance.configureRelay(instance.port);
            instance.awaitSender(instance.port);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "it-greenmail-stop"));
        }
        return instance;
    }

    /** Points the host's relay at {@code port} (this server's, or one where nothing listens). */
    void configureRelay(int relayPort) throws Exception {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("host", "127.0.0.1");
        props.put("port", relayPort);
        props.put("fromAddress", FROM);
        props.put("fromName", FROM_NAME);
        props.put("connectTimeoutMillis", 2000);
        props.put("readTimeoutMillis", 5000);
        configuration("kr.crm.mail.smtp").update(props);
    }

    /** Removes the relay configuration: the host has no sender until it is configured again. */
    void removeRelay() throws Exception {
        configuration("kr.crm.mail.smtp").delete();
    }

    private static Configuration configuration(String pid) throws Exception {
        ConfigurationAdmin admin = CrmHost.service(CrmHost.get().context, ConfigurationAdmin.class);
        return admin.getConfiguration(pid, "?");
    }

    /** Waits until the host's sender uses the relay at {@code relayPort} (DS re-creates it on a change). */
    void awaitSender(int relayPort) throws Exception {
        BundleContext context = CrmHost.get().context;
        Filter filter = context.createFilter("(&(objectClass=" + MailSender.class.getName() + ")(port=" + relayPort + "))");
        ServiceTracker<?, ?> tracker = new ServiceTracker<>(context, filter, null);
        tracker.open();
        try {
            assertThat(tracker.waitForService(TimeUnit.SECONDS.toMillis(30))).as("sender on port %s", relayPort).isNotNull();
        } finally {
            tracker.close();
        }
    }

    /** Waits until the host has no sender (its configuration was removed). */
    void awaitNoSender() throws Exception {
        BundleContext context = CrmHost.get().context;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (context.getServiceReference(MailSender.class) != null && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertThat(context.getServiceReference(MailSender.class)).as("sender gone").isNull();
    }

    /**
     * The decoded plain-text body of a single-part message. (In the framework, Jakarta Activation has no
     * content handler to hand out a String, so the decoded stream is read.)
     */
    static String text(MimeMessage message) throws Exception {
        try (java.io.InputStream in = message.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    /** Every message received so far for {@code address}. */
    List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(recipient(address)).toList();
    }

    /** Waits up to 30 s until {@code count} messages for {@code address} arrived; returns them. */
    List<MimeMessage> await(String address, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<MimeMessage> got = to(address);
        while (got.size() < count && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
            got = to(address);
        }
        return got;
    }

    private static Predicate<MimeMessage> recipient(String address) {
        return m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        };
    }
}
