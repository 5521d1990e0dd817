package kr.crm.api.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskOutcome;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Storage of reps' tasks. At most one open task per rule and account: the database refuses a second.
 *
 * @since 2.1
 */
@ProviderType
public interface TaskStore {

    /** Stores a new open task (id, status and version are ignored). @return false if one is open for its rule and account */
    boolean createIfNone(Task task, Instant at);

    /** Cancels the account's open tasks whose rule starts with {@code rulePrefix}, but not {@code keepRule}. */
    int cancelOpen(String accountKey, String rulePrefix, String keepRule, Instant at);

    List<Task> open(String rep, LocalDate until);

    List<Task> ofAccount(String accountKey);

    Optional<Task> find(long id);

    /** @return false if the task is not open at {@code expectedVersion} */
    boolean complete(long id, long expectedVersion, TaskOutcome outcome, String note, String byUser, Instant at);

    /** The account's owner rep, if it has one. */
    Optional<String> ownerRepOf(String accountKey);
}
