package kr.crm.identity.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Read from PID kr.crm.identity.compaction (merged with kr.crm.identity.matching, so no metatype designation). */
@ObjectClassDefinition(name = "CRM periodic compaction (정기압축)",
        description = "Re-scans the customer master for duplicates that arrived over time; merges or queues them.")
@interface CompactionConfig {

    @AttributeDefinition(name = "Interval (minutes)", min = "1", description = "Minutes between scans.")
    int intervalMinutes() default 1440;

    @AttributeDefinition(name = "Merge automatically",
            description = "Merge pairs scoring at or above the link threshold; if false they are queued for review too.")
    boolean autoMerge() default true;

    @AttributeDefinition(name = "Page size", min = "10", description = "Shared values read per page of the scan.")
    int pageSize() default 1000;

    @AttributeDefinition(name = "Parallel merges", min = "1", max = "16",
            description = "Merges of one page run on this many connections at once, never two on the same customer.")
    int mergeThreads() default 4;
}
