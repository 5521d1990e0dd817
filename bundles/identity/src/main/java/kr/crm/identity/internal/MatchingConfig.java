package kr.crm.identity.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "CRM identity matching",
        description = "How incoming customers from the channels are matched to the customer master.")
public @interface MatchingConfig {

    @AttributeDefinition(name = "Link threshold", min = "1", max = "100",
            description = "Score (0-100) from which a party is linked to an existing customer: same host customer "
                    + "number or BRN 100, same name and phone or name and e-mail 90, phone or e-mail alone 50.")
    int linkThreshold() default 80;

    @AttributeDefinition(name = "Review floor", min = "1", max = "100",
            description = "Score from which a party below the link threshold still gets its own key but is queued "
                    + "for an admin to merge or keep apart.")
    int reviewFloor() default 50;

    @AttributeDefinition(name = "Candidate limit", min = "1", max = "1000",
            description = "Most customers sharing a value that are scored for one party.")
    int candidateLimit() default 50;
}
