package kr.crm.tasks.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Plans are TYPE:DAYS, e.g. VISIT:30 = a field visit, the next one 30 days after the last is done. */
@ObjectClassDefinition(name = "CRM action plans per grade",
        description = "What each grade gets (source documents, seed 003 slide 12) and how often.")
@interface PlanConfig {

    @AttributeDefinition(name = "Plan for S", description = "TYPE:DAYS; S gets field visits (contact history, complaints, event plans).")
    String planS() default "VISIT:30";

    @AttributeDefinition(name = "Plan for A", description = "TYPE:DAYS; A gets visits or phone promotion (a TM call that finds interest plans a visit).")
    String planA() default "TM:30";

    @AttributeDefinition(name = "Plan for B", description = "TYPE:DAYS; B gets TM calls confirming the person in charge.")
    String planB() default "TM:60";

    @AttributeDefinition(name = "Plan for C", description = "TYPE:DAYS; C gets direct mail with address confirmation.")
    String planC() default "DM:90";

    @AttributeDefinition(name = "Plan for D", description = "TYPE:DAYS; D gets DM or e-mail only.")
    String planD() default "EMAIL:180";

    @AttributeDefinition(name = "First task due (days)", min = "0",
            description = "Days from a grade change to the due date of the new plan's first task.")
    int firstDueDays() default 7;

    @AttributeDefinition(name = "Visit after interest (days)", min = "0",
            description = "Days from a TM call with outcome INTERESTED to the due date of the visit it plans.")
    int visitAfterInterestDays() default 7;
}
