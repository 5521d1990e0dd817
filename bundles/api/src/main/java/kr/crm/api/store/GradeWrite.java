package kr.crm.api.store;

import java.time.Instant;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeChange;

/**
 * A grade to write if the stored row still holds what the writer read.
 *
 * @param accountKey the account
 * @param expectedGrade grade in force the writer read, null if it read no row
 * @param expectedComputed computed grade the writer read, null if it read no row
 * @param grade new grade in force
 * @param computed new computed grade
 * @param policyVersion policy version
 * @param measures the measures
 * @param reasons reasons, one per line
 * @param at when
 * @param change the history entry to add with it, null if the grade in force stays
 * @since 2.1
 */
public record GradeWrite(String accountKey, Grade expectedGrade, Grade expectedComputed, Grade grade, Grade computed,
        long policyVersion, AccountMeasures measures, String reasons, Instant at, GradeChange change) {
}
