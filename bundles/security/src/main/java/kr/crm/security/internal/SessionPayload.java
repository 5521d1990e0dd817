package kr.crm.security.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;

/**
 * What a session cookie or a host token carries, one field a line: user name, display name, CRM roles
 * (comma-separated), expiry in epoch seconds.
 */
record SessionPayload(CrmUser user, Instant expiresAt) {
    private static final Set<String> ROLES = Set.of(CrmRoles.VIEWER, CrmRoles.REP, CrmRoles.MANAGER, CrmRoles.ADMIN);

    String encode() {
        return String.join("\n", user.username(), user.displayName() == null ? "" : user.displayName(),
                String.join(",", new TreeSet<>(user.roles())), Long.toString(expiresAt.getEpochSecond()));
    }

    /** Empty unless every field is there, the user name is plain and every role is a CRM role. */
    static Optional<SessionPayload> decode(String text) {
        String[] f = text.split("\n", -1);
        if (f.length != 4 || !f[0].matches("[A-Za-z0-9._@-]{1,64}") || f[1].length() > 100) {
            return Optional.empty();
        }
        Set<String> roles = Arrays.stream(f[2].split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            return Optional.empty();
        }
        try {
            Instant expires = Instant.ofEpochSecond(Long.parseLong(f[3].strip()));
            return Optional.of(new SessionPayload(new CrmUser(f[0], f[1].isBlank() ? f[0] : f[1], roles), expires));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
