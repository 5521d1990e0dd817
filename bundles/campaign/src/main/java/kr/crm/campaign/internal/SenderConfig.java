package kr.crm.campaign.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How campaign messages are sent. */
@ObjectClassDefinition(name = "CRM campaign sender",
        description = "Sends the frozen recipients of running campaigns, one node at a time (lease campaign-sender).")
@interface SenderConfig {

    @AttributeDefinition(name = "Slice size", description = "Outbox rows read and sent per slice.")
    int sliceSize() default 200;

    @AttributeDefinition(name = "Connections per domain",
            description = "At most this many messages in flight to one receiving mail domain (SMS: to the gateway).")
    int connectionsPerDomain() default 3;

    @AttributeDefinition(name = "Connections in all",
            description = "At most this many messages in flight at once; keep it below the database pool size "
                    + "(each message in flight uses a connection at a time).")
    int maxConnections() default 4;

    @AttributeDefinition(name = "Messages per second",
            description = "At most this many messages handed over per second (a provider's limit); 0 for no limit.")
    int maxPerSecond() default 0;

    @AttributeDefinition(name = "Poll seconds",
            description = "How often the node holding the lease looks for due rows (held rows, other nodes' launches).")
    int pollSeconds() default 10;

    @AttributeDefinition(name = "Lease seconds", description = "How long a pass holds the lease between renewals.")
    int leaseSeconds() default 120;

    @AttributeDefinition(name = "Retry seconds",
            description = "A message the relay refused for now (4xx, no connection) is tried again after this.")
    int retrySeconds() default 60;

    @AttributeDefinition(name = "Attempts", description = "After this many refusals for now a message is FAILED.")
    int maxAttempts() default 5;
}
