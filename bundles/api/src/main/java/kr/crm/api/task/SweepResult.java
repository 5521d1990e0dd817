package kr.crm.api.task;

/**
 * What a task sweep did.
 *
 * @param ran false if another node (or run) held the sweep lease
 * @param escalated overdue open tasks escalated now
 * @param planned tasks planned for graded accounts that had none of their grade's plan
 * @param millis how long it took
 * @since 0.3
 */
public record SweepResult(boolean ran, int escalated, int planned, long millis) {
}
