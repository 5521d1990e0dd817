package kr.crm.api.security;

import java.time.Instant;

/**
 * One entry of the permission history: a role granted or revoked, a login locked or unlocked, or a change of team
 * (which changes the accounts a manager sees). Kept for three years (the personal-information safety standard).
 *
 * @param username whose account
 * @param role the role granted or revoked; null for the other kinds
 * @param team for {@link Kind#TEAM}, the team the user is in from then on, null if none; null for the other kinds
 * @param kind what happened
 * @param byUser who did it: an admin's user name, or {@code system} (a lock after failed logins)
 * @param at when
 * @since 1.2
 */
public record RoleChange(String username, String role, String team, Kind kind, String byUser, Instant at) {

    /** A role, lock or unlock entry. */
    public RoleChange(String username, String role, Kind kind, String byUser, Instant at) {
        this(username, role, null, kind, byUser, at);
    }

    /** What happened to the account. */
    public enum Kind {
        GRANTED,
        REVOKED,
        LOCKED,
        UNLOCKED,
        /** Put in a team or taken out of it. @since 1.4 */
        TEAM
    }
}
