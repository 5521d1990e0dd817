package kr.crm.consent.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How the 2-yearly re-confirmation job runs. */
@ObjectClassDefinition(name = "CRM consent re-confirmation",
        description = "Standing advertising consents are re-confirmed by notice every 2 years, by one node at a time "
                + "(database lease consent-reconfirmation).")
@interface ReconfirmationConfig {

    @AttributeDefinition(name = "Lead (days)", min = "0",
            description = "A re-confirmation notice goes out this many days before the 2 years are over.")
    int leadDays() default 30;

    @AttributeDefinition(name = "Run interval (minutes)", min = "1",
            description = "How often a node looks for re-confirmations due.")
    int everyMinutes() default 60;

    @AttributeDefinition(name = "Notices per run", min = "1")
    int batchSize() default 500;
}
