package kr.crm.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "CRM web sessions",
        description = "Sessions of the CRM web pages (the customer tab, the task list): signed HttpOnly cookies, "
                + "opened by a password login or by a short-lived token from the host ERP.")
@interface WebSessionConfig {

    @AttributeDefinition(name = "Session secret", type = AttributeType.PASSWORD,
            description = "Signs the session cookies; at least 32 characters, the same on every node of a cluster.")
    String sessionSecret();

    @AttributeDefinition(name = "Host secret", type = AttributeType.PASSWORD,
            description = "Shared with the host ERP, which signs its vouching tokens with it (HMAC-SHA256); at least "
                    + "32 characters. Empty: host tokens are refused.")
    String hostSecret() default "";

    @AttributeDefinition(name = "Session minutes", description = "How long a session lasts at most, however busy.")
    int sessionMinutes() default 480;

    @AttributeDefinition(name = "Idle minutes", min = "1",
            description = "A session ends after this long without a request (the safety standard asks for a short "
                    + "idle end); each request moves the end out again.")
    int idleMinutes() default 30;

    @AttributeDefinition(name = "Host token seconds",
            description = "Longest lifetime a host token may have: one expiring later is refused.")
    int hostTokenSeconds() default 120;
}
