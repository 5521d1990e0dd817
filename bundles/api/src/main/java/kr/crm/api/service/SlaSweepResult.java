package kr.crm.api.service;

/**
 * What one SLA sweep did.
 *
 * @param ran false if another node (or a sweep on this node) held the lease
 * @param checked open requests looked at
 * @param atRisk requests newly flagged about to miss a target
 * @param breached requests newly flagged missing a target
 * @param escalated requests escalated to their team lead by this sweep
 * @param millis how long it took
 */
public record SlaSweepResult(boolean ran, int checked, int atRisk, int breached, int escalated, long millis) {
}
