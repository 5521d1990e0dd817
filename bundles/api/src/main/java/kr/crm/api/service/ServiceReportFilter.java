package kr.crm.api.service;

import java.time.LocalDate;
import java.util.Objects;

import kr.crm.api.common.ValidationException;

/**
 * What a service report covers: requests received from {@code from} to {@code to} (both included, days in the
 * service calendar's zone), optionally only one type, team or assignee.
 *
 * @param from first day
 * @param to last day, not before {@code from}
 * @param type a type code, or null for every type
 * @param team a team name, or null for every team
 * @param assignee a user name, or null for everyone
 * @since 0.4
 */
public record ServiceReportFilter(LocalDate from, LocalDate to, String type, String team, String assignee) {

    public ServiceReportFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from");
        }
        type = blankToNull(type);
        team = blankToNull(team);
        assignee = blankToNull(assignee);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
