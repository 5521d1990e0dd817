package kr.crm.api.security;

import java.time.Instant;

/**
 * One entry of the permission history: a role granted or revoked, or a login locked or unlocked. Kept for three
 * years (the personal-information safety standard).
 *
 * @param username whose account
 * @param role the role granted or revoked; null for a lock or unlock
 * @param kind what happened
 * @param byUser who did it: an admin's user name, or {@code system} (a lock after failed logins)
 * @param at when
 * @since 1.2
 */
public record RoleChange(String username, String role, Kind kind, String byUser, Instant at) {

    /** What happened to the account. */
    public enum Kind {
        GRANTED,
        REVOKED,
        LOCKED,
        UNLOCKED
    }
}
