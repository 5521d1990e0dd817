package kr.crm.api.task;

/** Where a task stands. */
public enum TaskStatus {
    OPEN, DONE, CANCELLED
}
