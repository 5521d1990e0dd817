package kr.crm.api.campaign;

import java.time.LocalDate;

/**
 * What one detection run found, counted (never who).
 *
 * @param ran false if another node holds the lease now
 * @param day the day (Asia/Seoul) whose anniversaries were looked for
 * @param programs enabled programs looked at
 * @param moments moments found (a grade entry, an anniversary)
 * @param queued messages newly put into an outbox
 * @param already moments that had their message already (another node, the fast path, an earlier run)
 * @param notEligible moments stopped before the outbox: no address on the channel, an opt-out or no lawful basis
 * @since 0.3
 */
public record ProgramRun(boolean ran, LocalDate day, int programs, int moments, int queued, int already,
        int notEligible) {
}
