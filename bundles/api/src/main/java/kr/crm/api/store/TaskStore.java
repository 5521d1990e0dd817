package kr.crm.api.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.crm.api.grade.Grade;
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

    /**
     * Cancels the accounts' open tasks whose rule starts with {@code rulePrefix}, but not
     * {@code keepRule} (changed in 2.2: several accounts at once).
     */
    int cancelOpen(Collection<String> accountKeys, String rulePrefix, String keepRule, Instant at);

    List<Task> open(String rep, LocalDate until);

    List<Task> ofAccount(String accountKey);

    /** A rep's tasks completed on or after {@code since}, latest first, at most 500. @since 2.2 */
    List<Task> done(String rep, Instant since);

    Optional<Task> find(long id);

    /** @return false if the task is not open at {@code expectedVersion} */
    boolean complete(long id, long expectedVersion, TaskOutcome outcome, String note, String byUser, Instant at);

    /** Owner rep and contact person of each account (replaces ownerRepOf in 2.2). */
    List<AccountOwner> owners(Collection<String> accountKeys);

    /** Stores new open tasks, skipping any whose rule and account has one open. @return how many were stored @since 2.2 */
    int createAllIfNone(List<Task> tasks, Instant at);

    /**
     * Marks at most {@code limit} open tasks due before {@code dueBefore} and not yet escalated as
     * escalated at {@code at}; a task is escalated once, by one node.
     *
     * @return the tasks marked now
     * @since 2.2
     */
    List<Task> escalateOverdue(LocalDate dueBefore, Instant at, int limit);

    /** Open escalated tasks, earliest due first. @since 2.2 */
    List<Task> escalated(int limit);

    /**
     * Accounts graded {@code grade}, with an owner rep, that have no open task of {@code ruleId}
     * and none of it done since {@code doneSince}, in key order.
     *
     * @since 2.2
     */
    List<AccountOwner> unplanned(Grade grade, String ruleId, Instant doneSince, int limit);
}
