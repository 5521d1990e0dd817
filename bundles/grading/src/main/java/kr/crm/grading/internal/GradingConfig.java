package kr.crm.grading.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "CRM account grading",
        description = "Re-grades every account on a schedule (one node at a time, lease 'regrade') and the "
                + "accounts whose orders arrive.")
@interface GradingConfig {

    @AttributeDefinition(name = "Interval (minutes)", min = "1",
            description = "Minutes between full re-grades; 0 turns the schedule off.")
    int intervalMinutes() default 60;

    @AttributeDefinition(name = "Re-grade on orders",
            description = "Re-grade an account when orders linked to it arrive (event kr/crm/order/LINKED) "
                    + "or its complaints change (kr/crm/contactlog/COMPLAINT).")
    boolean onOrders() default true;

    @AttributeDefinition(name = "Order re-grade delay (ms)", min = "0",
            description = "How long arriving orders are collected before their accounts are re-graded together: "
                    + "during a bulk import this bounds the re-grades to one per delay.")
    int onOrdersDelayMillis() default 2000;

    @AttributeDefinition(name = "Lease (minutes)", min = "1",
            description = "How long a node holds the 'regrade' lease; a dead holder's lease expires after it.")
    int leaseMinutes() default 30;
}
