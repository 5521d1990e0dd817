package kr.crm.rest.internal;

import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;

/** The authenticated {@link CrmUser} as JAX-RS sees it. */
record CrmPrincipal(CrmUser user) implements Principal {

    @Override
    public String getName() {
        return user.username();
    }

    /** The CRM user behind a request's security context, which the access filter always sets. */
    static CrmUser of(SecurityContext context) {
        return ((CrmPrincipal) context.getUserPrincipal()).user();
    }

    /** The user's roles, a manager's with {@code crm.rep} added: a manager may do what a rep may (decision 190). */
    static Set<String> effectiveRoles(CrmUser user) {
        if (!user.roles().contains(CrmRoles.MANAGER) || user.roles().contains(CrmRoles.REP)) {
            return user.roles();
        }
        Set<String> roles = new HashSet<>(user.roles());
        roles.add(CrmRoles.REP);
        return roles;
    }

    SecurityContext asContext(boolean secure) {
        CrmPrincipal self = this;
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return self;
            }

            @Override
            public boolean isUserInRole(String role) {
                return effectiveRoles(user).contains(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "CRM";
            }
        };
    }
}
