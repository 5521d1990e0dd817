package kr.crm.campaign.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The HTTP SMS provider. */
@ObjectClassDefinition(name = "CRM SMS gateway (HTTP)",
        description = "A Korean SMS provider's JSON API: POST with the API key in a header. Without this "
                + "configuration SMS campaign messages wait.")
@interface SmsConfig {

    @AttributeDefinition(name = "URL", description = "The provider's send endpoint, e.g. https://sms.example.co.kr/v1/send")
    String url();

    @AttributeDefinition(name = "API key", type = AttributeType.PASSWORD, description = "Sent in the key header.")
    String apiKey();

    @AttributeDefinition(name = "API key header", description = "The header that carries the key.")
    String apiKeyHeader() default "X-API-KEY";

    @AttributeDefinition(name = "Sender number",
            description = "The registered calling number (발신번호 사전등록), e.g. 02-123-4567.")
    String senderNumber();

    @AttributeDefinition(name = "Timeout milliseconds", description = "Connect and answer timeout of one request.")
    int timeoutMillis() default 10000;
}
