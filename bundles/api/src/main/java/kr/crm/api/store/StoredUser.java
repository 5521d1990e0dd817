package kr.crm.api.store;

import java.util.Set;

/**
 * A user of the standalone user directory as stored.
 *
 * @param username unique login name
 * @param displayName name shown in the UI
 * @param roles CRM roles
 * @param passwordHash encoded password hash, or null if the user logs in by token only
 * @param enabled false once disabled
 */
public record StoredUser(String username, String displayName, Set<String> roles, String passwordHash,
        boolean enabled) {
    public StoredUser {
        roles = Set.copyOf(roles);
    }
}
