package kr.crm.api.security;

import java.util.Set;

/**
 * The authenticated caller.
 *
 * @param username unique user name (the host's login name when the host vouches)
 * @param displayName name shown in the UI
 * @param roles the CRM roles the caller holds, see {@link CrmRoles}
 */
public record CrmUser(String username, String displayName, Set<String> roles) {
    public CrmUser {
        roles = Set.copyOf(roles);
    }

    /** True if the user holds at least one of the roles. */
    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
