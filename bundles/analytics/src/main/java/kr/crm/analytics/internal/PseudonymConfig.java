package kr.crm.analytics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "CRM pseudonymised analytics export",
        description = "The key of the statistics export; kept apart from the data. Without this configuration "
                + "there is no export.")
@interface PseudonymConfig {

    @AttributeDefinition(name = "Key", type = AttributeType.PASSWORD,
            description = "Secret of the keyed hash (HMAC-SHA256) replacing customer keys; at least 32 characters. "
                    + "Changing it changes every pseudonym.")
    String key();
}
