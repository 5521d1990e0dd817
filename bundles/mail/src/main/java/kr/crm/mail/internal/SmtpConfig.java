package kr.crm.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The SMTP relay every CRM message goes through, and the sender it goes out as. */
@ObjectClassDefinition(name = "CRM mail: SMTP relay",
        description = "The relay every CRM e-mail goes through (service notices, consent notices, campaigns). "
                + "Without this configuration nothing is sent: stored messages wait in the outbox.")
@interface SmtpConfig {

    @AttributeDefinition(name = "Host", description = "Host name or address of the SMTP relay.")
    String host() default "127.0.0.1";

    @AttributeDefinition(name = "Port", min = "1", max = "65535", description = "25, 587 (STARTTLS) or 465 (TLS).")
    int port() default 25;

    @AttributeDefinition(name = "Security", description = "NONE, STARTTLS (required, not opportunistic) or TLS.",
            options = {
                @org.osgi.service.metatype.annotations.Option(label = "None", value = "NONE"),
                @org.osgi.service.metatype.annotations.Option(label = "STARTTLS", value = "STARTTLS"),
                @org.osgi.service.metatype.annotations.Option(label = "TLS", value = "TLS")})
    String security() default "NONE";

    @AttributeDefinition(name = "User", description = "Empty for a relay without authentication.")
    String user() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "Sender address", description = "The From address of every message.")
    String fromAddress();

    @AttributeDefinition(name = "Sender name", description = "The From display name unless a message sets its own.")
    String fromName() default "";

    @AttributeDefinition(name = "Connections per receiving domain", min = "1",
            description = "At most this many messages to one receiving mail domain are in flight at once, per node.")
    int connectionsPerDomain() default 3;

    @AttributeDefinition(name = "Connect timeout (ms)", min = "100")
    int connectTimeoutMillis() default 10000;

    @AttributeDefinition(name = "Read timeout (ms)", min = "100")
    int readTimeoutMillis() default 30000;
}
