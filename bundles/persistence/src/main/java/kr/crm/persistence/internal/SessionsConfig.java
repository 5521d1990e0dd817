package kr.crm.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "CRM persistence",
        description = "Which data source the CRM stores use; the schema is migrated when it appears.")
@interface SessionsConfig {

    @AttributeDefinition(name = "Data source filter",
            description = "LDAP filter selecting the javax.sql.DataSource service to use.")
    String dataSource_target() default "(crm.datasource=default)";
}
