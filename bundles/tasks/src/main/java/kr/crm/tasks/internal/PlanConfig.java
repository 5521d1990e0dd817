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

    @AttributeDefinition(name = "Outcome rules",
            description = "TYPE:OUTCOME=TYPE:DAYS plans an extra task when a task of TYPE ends with OUTCOME; "
                    + "TYPE:OUTCOME=NEXT:FACTOR scales the cadence before the plan's next task (2 = later, 0.5 = sooner). "
                    + "Outcomes: DONE, REACHED, INTERESTED, NOT_INTERESTED, WRONG_CONTACT.")
    String[] outcomeRules() default {"TM:INTERESTED=VISIT:7", "TM:NOT_INTERESTED=NEXT:2", "TM:WRONG_CONTACT=TM:3"};

    @AttributeDefinition(name = "Escalate after (days)", min = "0",
            description = "An open task this many days past its due date is escalated once: marked, listed for admins "
                    + "at /api/v1/tasks/escalated and posted as kr/crm/task/ESCALATED. 0 = as soon as it is overdue.")
    int escalateAfterDays() default 3;

    @AttributeDefinition(name = "Sweep interval (minutes)", min = "0",
            description = "Minutes between sweeps (escalation, and planning for graded accounts without a task of "
                    + "their plan); 0 turns the schedule off. One node sweeps at a time (lease task-sweep).")
    int sweepIntervalMinutes() default 60;

    @AttributeDefinition(name = "Sweep lease (minutes)", min = "1",
            description = "How long a node holds the task-sweep lease; a dead holder's lease expires after it.")
    int sweepLeaseMinutes() default 10;
}
