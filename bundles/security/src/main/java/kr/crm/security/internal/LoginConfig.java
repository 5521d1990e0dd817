package kr.crm.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The lock on password logins after failures in a row (the personal-information safety standard). */
@ObjectClassDefinition(name = "CRM login lock",
        description = "Locks a user's password login (HTTP Basic and the login page) after failures in a row. "
                + "API tokens are not affected. The count is kept in the database, so every node sees it.")
@interface LoginConfig {

    @AttributeDefinition(name = "Lock after failures", min = "0",
            description = "Failed password logins in a row that lock the login; 0 turns the lock off.")
    int lockAfterFailures() default 5;

    @AttributeDefinition(name = "Lock minutes", min = "0",
            description = "How long a lock lasts; 0: until an admin unlocks the user (POST /api/v1/users/{name}/unlock).")
    int lockMinutes() default 0;
}
