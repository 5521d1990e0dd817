package kr.crm.api.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Reps' tasks. */
@ProviderType
public interface TaskService {

    /** A rep's open tasks due on or before {@code until}, earliest first. */
    List<Task> openTasksOf(String rep, LocalDate until);

    /** A rep's tasks done on or after {@code since} (Asia/Seoul), latest first. @since 0.3 */
    List<Task> doneTasksOf(String rep, LocalDate since);

    /** The task, if there is one. @throws kr.crm.api.common.NotFoundException if the id is not a number @since 0.4 */
    Optional<Task> find(String taskId);

    /** Every task of an account, newest first. @since 0.2 */
    List<Task> tasksOfAccount(String accountKey);

    /**
     * Completes an open task with its outcome; stale versions are refused. Completing a planned
     * task plans the next one after the plan's cadence; a TM call with outcome
     * {@link TaskOutcome#INTERESTED} plans a visit.
     */
    Task complete(String taskId, long expectedVersion, TaskOutcome outcome, String note, String byUser);

    /** Open escalated tasks, earliest due first (for managers and admins). @since 0.3 */
    List<Task> escalatedTasks();

    /**
     * Escalates overdue tasks and plans the grade's plan for graded accounts that have none, under
     * the database lease {@code task-sweep}; runs on a schedule too.
     *
     * @since 0.3
     */
    SweepResult sweep();
}
