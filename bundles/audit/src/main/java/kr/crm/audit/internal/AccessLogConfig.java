package kr.crm.audit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How the access log is written, anchored outside the database and reviewed. */
@ObjectClassDefinition(name = "CRM access log",
        description = "The access log (접속기록): the write timeout, the copies of the chain head kept outside the "
                + "database, and the monthly review report (downloads and exports, bulk reads outside working hours, "
                + "top readers).")
@interface AccessLogConfig {

    @AttributeDefinition(name = "Bulk read (rows)", min = "1",
            description = "A read of at least this many rows outside working hours is listed in the report.")
    int bulkRows() default 100;

    @AttributeDefinition(name = "Working day starts", description = "HH:mm, Korean time (Asia/Seoul).")
    String workdayStart() default "09:00";

    @AttributeDefinition(name = "Working day ends", description = "HH:mm, Korean time (Asia/Seoul).")
    String workdayEnd() default "18:00";

    @AttributeDefinition(name = "Write timeout (ms)", min = "100",
            description = "A request whose access-log entry is not stored in this time fails (500) without its data.")
    long writeTimeoutMillis() default 10000;

    @AttributeDefinition(name = "Journal directory",
            description = "Where this node flushes each entry before the answer, to copy it into the database right "
                    + "behind it (decision 259): a directory on this host's own disk that survives a restart and no "
                    + "other host uses. Empty: each entry is committed to the database before the answer, which "
                    + "costs the request the database's commit.")
    String journalDirectory() default "";

    @AttributeDefinition(name = "Journal segment (MB)", min = "1",
            description = "A journal file is closed at this size and deleted once it is copied.")
    int journalSegmentMegabytes() default 64;

    @AttributeDefinition(name = "Top readers", min = "1", description = "How many accounts the report lists.")
    int topReaders() default 10;

    @AttributeDefinition(name = "Anchor directory",
            description = "Where this node keeps its copies of the chain head (access-log-anchors.txt), outside the "
                    + "database: best a directory the database's administrators cannot write. Empty: the audit "
                    + "bundle's data area in the framework's storage.")
    String anchorDirectory() default "";

    @AttributeDefinition(name = "Anchor interval (minutes)", min = "0",
            description = "How often this node copies the chain head out of the database; 0: only after each intact "
                    + "verify.")
    int anchorMinutes() default 60;
}
