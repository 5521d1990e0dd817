package kr.crm.api.service;

/**
 * Which requests a work queue shows; every field is optional (null = any).
 *
 * @param status only this status
 * @param type only this type code
 * @param assignee only requests assigned to this user
 * @param team only requests of this team
 * @param openOnly only requests neither resolved nor closed
 * @since 0.4
 */
public record RequestQuery(RequestStatus status, String type, String assignee, String team, boolean openOnly) {
}
