package kr.crm.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "CRM demo data",
        description = "Loads demo users and Korean demo customers at start. Safe to run again: nothing is duplicated.")
@interface DemoConfig {

    @AttributeDefinition(name = "Password", description = "Password of the demo users admin, rep.kim and viewer.",
            type = AttributeType.PASSWORD)
    String password() default "demo-pass-2026";
}
