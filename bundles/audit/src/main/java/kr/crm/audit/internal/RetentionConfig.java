package kr.crm.audit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The access log's retention job. */
@ObjectClassDefinition(name = "CRM access log: retention",
        description = "Removes access-log rows older than the retention period: 1 year, or 2 years once the CRM holds "
                + "50,000 or more people (persons and contact persons). One node at a time (lease access-log-retention).")
@interface RetentionConfig {

    @AttributeDefinition(name = "Interval (hours)", min = "0", description = "Hours between runs; 0 turns it off.")
    int intervalHours() default 24;

    @AttributeDefinition(name = "Lease (minutes)", min = "1")
    int leaseMinutes() default 30;

    @AttributeDefinition(name = "Rows per transaction", min = "1")
    int batchSize() default 10000;
}
