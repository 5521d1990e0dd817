package kr.crm.api.task;

/** The kinds of work the action rules plan for reps. */
public enum TaskType {
    VISIT, TM, DM, EMAIL, OTHER
}
