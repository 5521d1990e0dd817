package kr.crm.campaign.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How often the triggered programs look for moments. */
@ObjectClassDefinition(name = "CRM triggered programs",
        description = "Looks for customer moments (top grade entries, birthdays, founding days) one node at a time "
                + "(lease triggered-programs) and puts their messages into the programs' outboxes.")
@interface ProgramConfig {

    @AttributeDefinition(name = "Minutes between runs",
            description = "Each run is idempotent; running it more often than daily lets a node that was down "
                    + "catch up within the day.")
    int everyMinutes() default 60;

    @AttributeDefinition(name = "Lease seconds", description = "How long a run holds the lease.")
    int leaseSeconds() default 600;
}
