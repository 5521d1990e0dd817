package kr.crm.api.grade;

import java.util.Map;

/**
 * How a policy would grade the accounts as they are now; nothing is written.
 *
 * @param accounts accounts graded
 * @param perGrade how many would get each computed grade
 * @param changed how many would get a computed grade other than the one they have
 */
public record DryRun(long accounts, Map<Grade, Long> perGrade, long changed) {
}
