package kr.crm.api.grade;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Grades of accounts, their overrides and history, and re-grading. */
@ProviderType
public interface GradeService {

    /** @return empty if the key is no account (a company, not merged away) or it was never graded */
    Optional<AccountGrade> gradeOf(String accountKey);

    /** Oldest first. */
    List<GradeChange> historyOf(String accountKey);

    /**
     * Sets an override; the computed grade is kept and returns when the override expires.
     *
     * @param grade the grade to hold
     * @param reason why, required
     * @param expiresOn the last day it holds (Asia/Seoul), today or later
     * @param user who sets it
     */
    AccountGrade override(String accountKey, Grade grade, String reason, java.time.LocalDate expiresOn, String user);

    /** Removes the override; the computed grade applies again. */
    AccountGrade removeOverride(String accountKey, String user);

    /** Re-grades every account under the current policy, if no other run (on any node) is under way. */
    RegradeResult regradeAll();

    /** Re-grades the accounts (merged keys resolve to their survivor) under the current policy. */
    RegradeResult regrade(Collection<String> accountKeys);
}
