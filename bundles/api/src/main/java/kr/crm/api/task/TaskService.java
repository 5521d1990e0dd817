package kr.crm.api.task;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Reps' tasks. */
@ProviderType
public interface TaskService {

    /** A rep's open tasks due on or before {@code until}, earliest first. */
    List<Task> openTasksOf(String rep, java.time.LocalDate until);

    /** Completes a task with its outcome; stale versions are refused. */
    Task complete(String taskId, long expectedVersion, TaskOutcome outcome, String note, String byUser);
}
