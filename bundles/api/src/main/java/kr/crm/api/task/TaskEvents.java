package kr.crm.api.task;

/**
 * EventAdmin topics the tasks bundle posts, for a host that notifies people (groupware, mail).
 *
 * @since 0.3
 */
public final class TaskEvents {
    /** An open task passed its due date by the configured days and is escalated, once. */
    public static final String TOPIC_ESCALATED = "kr/crm/task/ESCALATED";
    /** Property: the task id (String). */
    public static final String TASK_ID = "taskId";
    /** Property: the account key (String). */
    public static final String ACCOUNT_KEY = "accountKey";
    /** Property: the rep the task belongs to (String). */
    public static final String OWNER_REP = "ownerRep";
    /** Property: the due date, ISO yyyy-MM-dd (String). */
    public static final String DUE_ON = "dueOn";

    private TaskEvents() {
    }
}
