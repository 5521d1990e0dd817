package kr.crm.api.task;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Work for a rep.
 *
 * @param id task id
 * @param accountKey the account
 * @param contactKey the contact person, if any
 * @param ownerRep the rep who should do it
 * @param type visit, TM, DM, e-mail or other
 * @param dueOn when it is due
 * @param why what created it (rule and grade), in words
 * @param ruleId the action rule that planned it, null if created by hand
 * @param status open, done or cancelled
 * @param outcome how it went, once done
 * @param completedAt when it was done
 * @param completedBy the account that completed it, null while it is open (since 0.5)
 * @param escalatedAt when it was escalated for being overdue, null if it was not (since 0.3)
 * @param version optimistic-concurrency version
 */
public record Task(String id, String accountKey, String contactKey, String ownerRep, TaskType type, LocalDate dueOn,
        String why, String ruleId, TaskStatus status, TaskOutcome outcome, Instant completedAt, String completedBy,
        Instant escalatedAt, long version) {
}
