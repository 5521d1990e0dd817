package kr.crm.security.internal;

import java.util.Set;
import java.util.regex.Pattern;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.CrmRoles;

/** What a valid user name, role set and password look like. */
final class UserRules {
    static final Set<String> ROLES = Set.of(CrmRoles.VIEWER, CrmRoles.REP, CrmRoles.MANAGER, CrmRoles.ADMIN);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    static final int MIN_PASSWORD = 8;

    private UserRules() {
    }

    static String username(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new ValidationException("username", "must be 1-64 letters, digits or . _ @ -");
        }
        return username;
    }

    static Set<String> roles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new ValidationException("roles", "at least one of " + ROLES + " is required");
        }
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new ValidationException("roles", "unknown role; use " + ROLES);
            }
        }
        return Set.copyOf(roles);
    }

    static void password(char[] password) {
        if (password != null && password.length < MIN_PASSWORD) {
            throw new ValidationException("password", "must be at least " + MIN_PASSWORD + " characters");
        }
    }

    static String displayName(String displayName, String username) {
        if (displayName == null || displayName.isBlank()) {
            return username;
        }
        if (displayName.length() > 100) {
            throw new ValidationException("displayName", "must be at most 100 characters");
        }
        return displayName.strip();
    }
}
