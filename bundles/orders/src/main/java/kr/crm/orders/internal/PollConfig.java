package kr.crm.orders.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** A connector that reads new or changed orders from the host ERP's own tables. */
@ObjectClassDefinition(name = "CRM order poll connector",
        description = "Reads orders from the host ERP's database with an admin's SQL, past a watermark kept in MariaDB.")
@interface PollConfig {

    @AttributeDefinition(name = "Name", description = "Names the connector and its watermark, e.g. erp-orders.")
    String name();

    @AttributeDefinition(name = "Source", description = "Source system the orders are recorded under.")
    String source() default "erp";

    @AttributeDefinition(name = "SQL", description = "A SELECT with exactly one ? for the watermark, ordered by the "
            + "watermark column, e.g. SELECT id AS wm, order_no, ordered_at, customer_no, customer_name, phone, email, "
            + "brn, total_amount, cancelled FROM erp_order WHERE id > ? ORDER BY id LIMIT 500. Columns not present "
            + "are taken as empty. The watermark must grow with every new or changed row and be unique.")
    String sql();

    @AttributeDefinition(name = "Watermark column", description = "Column holding each row's watermark.")
    String watermarkColumn() default "wm";

    @AttributeDefinition(name = "Initial watermark", description = "Where to start when no watermark is stored.")
    String initialWatermark() default "0";

    @AttributeDefinition(name = "Interval (s)", min = "1", description = "Seconds between polls.")
    int intervalSeconds() default 30;

    @AttributeDefinition(name = "Data source filter",
            description = "LDAP filter of the javax.sql.DataSource service holding the host's tables.")
    String dataSource_target() default "(crm.datasource=default)";
}
