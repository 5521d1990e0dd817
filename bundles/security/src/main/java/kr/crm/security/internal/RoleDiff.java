package kr.crm.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.crm.api.security.RoleChange;

/** The permission-history entries that turn one set of roles into another: grants, then revocations, by name. */
final class RoleDiff {
    private RoleDiff() {
    }

    static List<RoleChange> between(String username, Set<String> before, Set<String> after, String by, Instant at) {
        List<RoleChange> changes = new ArrayList<>();
        for (String role : new TreeSet<>(after)) {
            if (!before.contains(role)) {
                changes.add(new RoleChange(username, role, RoleChange.Kind.GRANTED, by, at));
            }
        }
        for (String role : new TreeSet<>(before)) {
            if (!after.contains(role)) {
                changes.add(new RoleChange(username, role, RoleChange.Kind.REVOKED, by, at));
            }
        }
        return changes;
    }
}
