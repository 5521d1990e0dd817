package kr.crm.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Who sees which accounts (decisions 190-195). */
@ObjectClassDefinition(name = "CRM account scoping",
        description = "A rep sees the accounts he or she owns or has an open task for, a manager the accounts of the "
                + "team's members, a viewer (read-only, masked) and an admin all.")
@interface ScopeConfig {

    @AttributeDefinition(name = "Unowned accounts visible",
            description = "Whether reps and managers see accounts without an owner rep (new shop buyers, "
                    + "portal requesters) as a shared pool; off: only admins see them until someone owns them.")
    boolean unownedVisible() default true;
}
