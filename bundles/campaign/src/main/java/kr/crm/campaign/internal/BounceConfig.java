package kr.crm.campaign.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The mailbox where delivery status notifications of campaign e-mails arrive. */
@ObjectClassDefinition(name = "CRM campaign bounce mailbox",
        description = "Delivery status notifications (RFC 3464) that come back to the relay's sender address are read "
                + "over IMAP by one node at a time (lease campaign-bounces). Without this configuration no bounce "
                + "arriving later by mail is read.")
@interface BounceConfig {

    @AttributeDefinition(name = "IMAP host")
    String host();

    @AttributeDefinition(name = "IMAP port", min = "1", max = "65535", description = "143 (plain) or 993 (TLS).")
    int port() default 993;

    @AttributeDefinition(name = "Security", options = {
        @Option(label = "TLS (imaps)", value = "TLS"), @Option(label = "STARTTLS", value = "STARTTLS"),
        @Option(label = "None", value = "NONE")})
    String security() default "TLS";

    @AttributeDefinition(name = "User")
    String user();

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD)
    String password();

    @AttributeDefinition(name = "Folder", description = "Where the notifications arrive.")
    String folder() default "INBOX";

    @AttributeDefinition(name = "Processed folder",
            description = "Recorded notifications (permanent and transient) are moved here.")
    String processedFolder() default "CRM-Processed";

    @AttributeDefinition(name = "Set-aside folder",
            description = "Notifications that match no campaign message, or are no readable notification, are moved "
                    + "here for a person to look at.")
    String rejectedFolder() default "CRM-Unmatched";

    @AttributeDefinition(name = "Poll interval (seconds)", min = "1")
    int pollSeconds() default 300;

    @AttributeDefinition(name = "Messages per pass", min = "1", max = "1000")
    int batchSize() default 200;

    @AttributeDefinition(name = "Lease (seconds)", min = "10",
            description = "How long a node holds the campaign-bounces lease; a dead holder's lease expires after it.")
    int leaseSeconds() default 300;

    @AttributeDefinition(name = "Timeout (ms)", min = "100", description = "Connect and read timeout.")
    int timeoutMillis() default 20000;
}
