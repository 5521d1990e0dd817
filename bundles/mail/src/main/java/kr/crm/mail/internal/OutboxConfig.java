package kr.crm.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How the transactional outbox is worked off. */
@ObjectClassDefinition(name = "CRM mail: outbox",
        description = "Stored notices are sent by one node at a time (database lease mail-outbox), right after they are "
                + "stored and again on this schedule; a message the relay refuses for now is retried with growing delays.")
@interface OutboxConfig {

    @AttributeDefinition(name = "Poll interval (seconds)", min = "1",
            description = "How often a node looks for due messages besides the wake-up after each new one.")
    int pollSeconds() default 30;

    @AttributeDefinition(name = "Messages per pass", min = "1")
    int batchSize() default 200;

    @AttributeDefinition(name = "Attempts", min = "1",
            description = "A message still refused after this many tries is marked FAILED.")
    int maxAttempts() default 8;

    @AttributeDefinition(name = "First retry after (seconds)", min = "1",
            description = "The delay doubles with each further try, up to six hours.")
    int retryBaseSeconds() default 60;

    @AttributeDefinition(name = "Lease (seconds)", min = "10",
            description = "How long a node holds the mail-outbox lease; a dead holder's lease expires after it.")
    int leaseSeconds() default 300;
}
