package kr.crm.consent.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Who the consent notices come from. */
@ObjectClassDefinition(name = "CRM consent notices",
        description = "Consent and opt-out confirmations (within 14 days) and 2-yearly re-confirmations are e-mailed "
                + "through the transactional outbox in the sender's name.")
@interface ConsentConfig {

    @AttributeDefinition(name = "Sender name", description = "The company named in every notice.")
    String senderName() default "CRM";

    @AttributeDefinition(name = "Sender contact",
            description = "Phone or address where the person can ask or withdraw, printed in every notice.")
    String senderContact() default "";
}
