package kr.crm.api.service;

/**
 * A team that handles requests; its lead is who escalations go to.
 *
 * @param name team name, e.g. {@code AS팀}
 * @param lead user name of the team lead
 */
public record ServiceTeam(String name, String lead) {
}
