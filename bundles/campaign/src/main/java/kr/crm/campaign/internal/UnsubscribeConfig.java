package kr.crm.campaign.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The one-click unsubscribe links in advertising e-mails. */
@ObjectClassDefinition(name = "CRM campaign unsubscribe links",
        description = "Signs the tokens of the unsubscribe links (HMAC-SHA256). Without this configuration no "
                + "advertising e-mail can be rendered.")
@interface UnsubscribeConfig {

    @AttributeDefinition(name = "Token secret", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
            description = "At least 32 characters, the same on every node.")
    String secret();

    @AttributeDefinition(name = "Public base URL",
            description = "Where recipients reach the CRM, e.g. https://crm.example.co.kr; the link is "
                    + "{publicBaseUrl}/api/v1/unsubscribe?t={token}.")
    String publicBaseUrl() default "http://127.0.0.1:8080";
}
