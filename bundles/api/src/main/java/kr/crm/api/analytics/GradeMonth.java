package kr.crm.api.analytics;

import java.util.Map;

/**
 * Accounts per grade in force at the end of a month (from the grade history).
 *
 * @param month {@code yyyy-MM}, Asia/Seoul
 * @param counts accounts per grade, S to D, every grade present
 */
public record GradeMonth(String month, Map<String, Long> counts) {
}
