package kr.crm.api.grade;

import java.time.Instant;

/**
 * One change of an account's grade in force.
 *
 * @param accountKey the account
 * @param from the grade before, null for the first grade
 * @param to the grade after
 * @param why the reason in words
 * @param at when
 * @param policyVersion the policy version, when a computation caused it
 * @param byUser the user, when an override caused it
 */
public record GradeChange(String accountKey, Grade from, Grade to, String why, Instant at, Long policyVersion,
        String byUser) {
}
