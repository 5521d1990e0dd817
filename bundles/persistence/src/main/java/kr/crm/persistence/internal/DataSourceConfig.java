package kr.crm.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "CRM MariaDB data source",
        description = "Connection pool to the MariaDB that holds the CRM's data.")
@interface DataSourceConfig {

    @AttributeDefinition(name = "Host", description = "MariaDB host name or address.")
    String host() default "127.0.0.1";

    @AttributeDefinition(name = "Port", description = "MariaDB TCP port.", min = "1", max = "65535")
    int port() default 3306;

    @AttributeDefinition(name = "Database", description = "Schema (database) name; created tables use utf8mb4.")
    String database() default "crm";

    @AttributeDefinition(name = "User", description = "Database user the CRM connects as.")
    String user() default "crm";

    @AttributeDefinition(name = "Password", description = "Password of the database user.",
            type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "Pool size", description = "Most connections kept open at once.",
            min = "1", max = "200")
    int poolSize() default 8;

    @AttributeDefinition(name = "Connect timeout (ms)", description = "How long to wait for a new connection.",
            min = "100")
    int connectTimeoutMillis() default 5000;
}
