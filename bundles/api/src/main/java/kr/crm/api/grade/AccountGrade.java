package kr.crm.api.grade;

import java.time.Instant;
import java.util.List;

/**
 * An account's grade and why.
 *
 * @param accountKey customer key of the account
 * @param grade the grade in force: the override while it holds, else the computed one
 * @param computed the grade the policy gives
 * @param override the override in force, or null
 * @param policyVersion version of the grading policy that computed it
 * @param measures the measures the computed grade was taken from
 * @param reasons the measures and rules behind the computed grade, in words
 * @param computedAt when it was computed
 */
public record AccountGrade(String accountKey, Grade grade, Grade computed, GradeOverride override,
        long policyVersion, AccountMeasures measures, List<String> reasons, Instant computedAt) {
}
