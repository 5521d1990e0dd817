package kr.crm.audit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How the monthly review report reads the access log. */
@ObjectClassDefinition(name = "CRM access log: review",
        description = "The monthly review report of the access log (접속기록): downloads and exports, bulk reads outside "
                + "working hours, top readers.")
@interface AccessLogConfig {

    @AttributeDefinition(name = "Bulk read (rows)", min = "1",
            description = "A read of at least this many rows outside working hours is listed in the report.")
    int bulkRows() default 100;

    @AttributeDefinition(name = "Working day starts", description = "HH:mm, Korean time (Asia/Seoul).")
    String workdayStart() default "09:00";

    @AttributeDefinition(name = "Working day ends", description = "HH:mm, Korean time (Asia/Seoul).")
    String workdayEnd() default "18:00";

    @AttributeDefinition(name = "Write timeout (ms)", min = "100",
            description = "A request whose access-log entry is not committed in this time fails (500) without its data.")
    long writeTimeoutMillis() default 10000;

    @AttributeDefinition(name = "Top readers", min = "1", description = "How many accounts the report lists.")
    int topReaders() default 10;
}
