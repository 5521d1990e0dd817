package kr.crm.service.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The customer portal: link signing, link life, rate limit and attachment limits. */
@ObjectClassDefinition(name = "CRM customer portal",
        description = "Public page where customers submit and follow service requests. Without this PID there is no portal.")
@interface PortalConfig {

    @AttributeDefinition(name = "Token secret", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
            description = "Signs the customers' follow links (HMAC-SHA256); at least 32 characters, the same on every node. "
                    + "Changing it makes every link sent so far stop working.")
    String tokenSecret();

    @AttributeDefinition(name = "Link life (days)", min = "1", description = "How long a follow link works after it was sent.")
    int linkDays() default 90;

    @AttributeDefinition(name = "Submissions per hour and address", min = "1",
            description = "Accepted submissions per source address and clock hour, counted in the database (all nodes together).")
    int submissionsPerHour() default 5;

    @AttributeDefinition(name = "Attachments per request", min = "0")
    int maxAttachments() default 3;

    @AttributeDefinition(name = "Largest attachment (KB)", min = "1")
    int maxAttachmentKb() default 2048;

    @AttributeDefinition(name = "Public base URL",
            description = "Base of the links in e-mails, e.g. https://crm.example.co.kr (no trailing slash).")
    String publicBaseUrl() default "http://127.0.0.1:8080";

    @AttributeDefinition(name = "Trusted proxies",
            description = "Addresses of reverse proxies in front of the host. Only from these is X-Forwarded-For read "
                    + "(its nearest address that is not a trusted proxy is the customer's); empty: the header is ignored.")
    String[] trustedProxies() default {};

    @AttributeDefinition(name = "Rate counter cleanup (minutes)", min = "0",
            description = "Minutes between removals of the counters of finished hours (lease service-portal-rate, one "
                    + "node at a time); 0 turns it off.")
    int rateCleanupMinutes() default 60;
}
