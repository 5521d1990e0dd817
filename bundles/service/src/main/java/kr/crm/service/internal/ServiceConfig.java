package kr.crm.service.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Status flow, working hours of the SLA clock and the SLA sweep. */
@ObjectClassDefinition(name = "CRM service requests",
        description = "Status flow, working hours for service-level targets, and the SLA sweep.")
@interface ServiceConfig {

    @AttributeDefinition(name = "Status flow",
            description = "FROM=TO,TO,...: the moves allowed from each status. Statuses: RECEIVED, ASSIGNED, IN_PROGRESS, "
                    + "WAITING_FOR_CUSTOMER, RESOLVED, CLOSED. A move out of RESOLVED or CLOSED is a reopen and needs a comment.")
    String[] transitions() default {"RECEIVED=ASSIGNED,IN_PROGRESS,WAITING_FOR_CUSTOMER,RESOLVED,CLOSED",
        "ASSIGNED=IN_PROGRESS,WAITING_FOR_CUSTOMER,RESOLVED,CLOSED",
        "IN_PROGRESS=ASSIGNED,WAITING_FOR_CUSTOMER,RESOLVED",
        "WAITING_FOR_CUSTOMER=IN_PROGRESS,RESOLVED,CLOSED",
        "RESOLVED=CLOSED,IN_PROGRESS",
        "CLOSED=IN_PROGRESS"};

    @AttributeDefinition(name = "Working day starts", description = "HH:mm, local time of the zone below.")
    String workdayStart() default "09:00";

    @AttributeDefinition(name = "Working day ends", description = "HH:mm, after the start.")
    String workdayEnd() default "18:00";

    @AttributeDefinition(name = "Working days", description = "Days of the week with working hours (MONDAY ... SUNDAY).")
    String[] workdays() default {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"};

    @AttributeDefinition(name = "Time zone", description = "Zone of the working hours and the holiday calendar.")
    String zone() default "Asia/Seoul";

    @AttributeDefinition(name = "At risk within (minutes)", min = "0",
            description = "An open target due within this much working time is flagged AT_RISK by the sweep.")
    int atRiskMinutes() default 120;

    @AttributeDefinition(name = "Sweep interval (minutes)", min = "0",
            description = "Minutes between SLA sweeps; 0 turns the schedule off. One node sweeps at a time (lease service-sla).")
    int sweepIntervalMinutes() default 10;

    @AttributeDefinition(name = "Sweep lease (minutes)", min = "1",
            description = "How long a node holds the service-sla lease; a dead holder's lease expires after it.")
    int sweepLeaseMinutes() default 10;

    @AttributeDefinition(name = "Low satisfaction score", min = "1", max = "4",
            description = "A survey score at or under this creates a follow-up task for the account's owner rep.")
    int lowScore() default 2;

    @AttributeDefinition(name = "Topics",
            description = "Codes staff file requests under (A-Z, 0-9, _; at most 40 characters), counted by the "
                    + "'top complaint topics' report. The web UI names the default codes in Korean and English.")
    String[] topics() default {"QUALITY", "DELIVERY", "PRICE", "BILLING", "STAFF", "DOCUMENTS", "OTHER"};
}
