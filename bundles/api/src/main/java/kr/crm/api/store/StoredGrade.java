package kr.crm.api.store;

import java.time.Instant;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeOverride;

/**
 * An account's stored grade row with its override, if any (expired or not).
 *
 * @param accountKey the account
 * @param grade the grade in force when last written
 * @param computed the computed grade when last written
 * @param policyVersion the policy version that computed it
 * @param measures the measures at that time
 * @param reasons the reasons, one per line
 * @param computedAt when it was written
 * @param override the override row, or null
 * @since 2.1
 */
public record StoredGrade(String accountKey, Grade grade, Grade computed, long policyVersion,
        AccountMeasures measures, String reasons, Instant computedAt, GradeOverride override) {
}
