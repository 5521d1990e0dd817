package kr.crm.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;
import kr.crm.api.mail.MailDeliveryException;
import kr.crm.api.mail.MailSender;
import kr.crm.api.mail.OutgoingMail;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Sends over the relay of PID {@code kr.crm.mail.smtp}, one connection per message, at most the configured number
 * per receiving domain at once. Without the configuration there is no sender, and the outbox keeps its messages.
 */
@Component(service = MailSender.class, configurationPid = SmtpMailSender.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SmtpConfig.class)
public final class SmtpMailSender implements MailSender {
    static final String PID = "kr.crm.mail.smtp";
    private static final long GATE_WAIT_MILLIS = 120_000;

    private final Properties properties;
    private volatile Session session;
    private final SmtpConfig config;
    private final MimeComposer composer;
    private final DomainGate gate;
    private final Clock clock;

    @Activate
    public SmtpMailSender(SmtpConfig config) {
        this(config, Clock.systemUTC());
    }

    SmtpMailSender(SmtpConfig config, Clock clock) {
        if (config.fromAddress() == null || !config.fromAddress().contains("@")) {
            throw new IllegalArgumentException(PID + ": fromAddress must be an e-mail address");
        }
        this.config = config;
        this.properties = properties(config);
        this.composer = new MimeComposer(config.fromAddress(), config.fromName());
        this.gate = new DomainGate(config.connectionsPerDomain());
        this.clock = clock;
    }

    @Override
    public String send(OutgoingMail mail, String messageId) throws MailDeliveryException {
        MailValidator.check(mail);
        String local = messageId == null ? UUID.randomUUID().toString() : messageId;
        String id = local.indexOf('@') >= 0 ? local : local + "@" + MailValidator.domain(config.fromAddress());
        String domain = MailValidator.domain(mail.to());
        try {
            if (!gate.enter(domain, GATE_WAIT_MILLIS)) {
                throw new MailDeliveryException("no free connection to the receiving domain within "
                        + GATE_WAIT_MILLIS / 1000 + " s", false, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailDeliveryException("interrupted while waiting for a connection", false, e);
        }
        // Jakarta Activation finds the content handlers (multipart/*: the HTML alternative) through the context class
        // loader; in OSGi that is no bundle's, so it is set to Angus Mail's, whose META-INF/mailcap lists them.
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            Session s = session();
            MimeMessage message = composer.compose(s, mail, id, clock.instant());
            try (Transport transport = s.getTransport(transportName())) {
                transport.connect(config.host(), config.port(), blankToNull(config.user()), blankToNull(config.password()));
                transport.sendMessage(message, message.getAllRecipients());
            }
            return id;
        } catch (MessagingException e) {
            throw new MailDeliveryException(Scrub.addresses(describe(e)), permanent(e), null);
        } finally {
            thread.setContextClassLoader(caller);
            gate.leave(domain);
        }
    }

    /**
     * Made at the first send, not at activation: Jakarta Mail looks its stream provider up through the service
     * loader, which in OSGi finds it only once SPI Fly has registered Angus Mail's (a start-up race otherwise).
     */
    private Session session() {
        Session s = session;
        if (s == null) {
            synchronized (this) {
                if (session == null) {
                    session = Session.getInstance(properties);
                }
                s = session;
            }
        }
        return s;
    }

    /** A 5xx answer for the recipient or the message will not change on retry; a 4xx or no connection may. */
    static boolean permanent(MessagingException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException a) {
                return a.getReturnCode() >= 500;
            }
            if (x instanceof SMTPSendFailedException s) {
                return s.getReturnCode() >= 500;
            }
        }
        return e instanceof SendFailedException s && s.getValidSentAddresses() == null
                && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0;
    }

    private static String describe(MessagingException e) {
        Exception next = e.getNextException();
        String text = e.getMessage();
        if (next != null && next != e && next.getMessage() != null) {
            text = text + ": " + next.getMessage();
        }
        return text == null ? e.getClass().getSimpleName() : text;
    }

    private String transportName() {
        return "TLS".equals(config.security()) ? "smtps" : "smtp";
    }

    private static Properties properties(SmtpConfig config) {
        String p = "TLS".equals(config.security()) ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.put(p + "host", config.host());
        props.put(p + "port", Integer.toString(config.port()));
        props.put(p + "connectiontimeout", Integer.toString(config.connectTimeoutMillis()));
        props.put(p + "timeout", Integer.toString(config.readTimeoutMillis()));
        props.put(p + "writetimeout", Integer.toString(config.readTimeoutMillis()));
        props.put(p + "from", config.fromAddress());
        props.put(p + "auth", Boolean.toString(!config.user().isBlank()));
        if ("STARTTLS".equals(config.security())) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if ("TLS".equals(config.security())) {
            props.put(p + "ssl.enable", "true");
            props.put(p + "ssl.checkserveridentity", "true");
        }
        props.put("mail.mime.charset", "UTF-8");
        return props;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
