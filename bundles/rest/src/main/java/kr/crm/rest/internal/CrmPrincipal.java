package kr.crm.rest.internal;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;
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

    SecurityContext asContext(boolean secure) {
        CrmPrincipal self = this;
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return self;
            }

            @Override
            public boolean isUserInRole(String role) {
                return user.roles().contains(role);
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
