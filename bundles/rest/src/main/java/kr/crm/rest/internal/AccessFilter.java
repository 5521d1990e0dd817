package kr.crm.rest.internal;

import java.util.Optional;
import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import kr.crm.api.security.AuthenticationRequest;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.WebSessions;

/** Authenticates the caller of a resource method and checks the method's roles: 401, 403 or through. */
final class AccessFilter implements ContainerRequestFilter {
    static final String CHALLENGE = "Basic realm=\"CRM\", Bearer realm=\"CRM\"";
    /** To the CRM's own pages: no Basic, or the browser would open its login dialog over the page's own. */
    static final String WEB_CHALLENGE = "Bearer realm=\"CRM\"";

    private final MethodRules rules;
    private final Function<AuthenticationRequest, Optional<CrmUser>> authenticator;

    @Context
    private HttpServletRequest servletRequest;
    @Context
    private ResourceInfo resource;

    AccessFilter(MethodRules rules, Function<AuthenticationRequest, Optional<CrmUser>> authenticator) {
        this.rules = rules;
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Access access = rules.of(resource).access();
        Optional<CrmUser> user = authenticator.apply(new RequestView(request, servletRequest));
        user.ifPresent(u -> request.setSecurityContext(
                new CrmPrincipal(u).asContext(request.getSecurityContext().isSecure())));
        if (access.permitAll()) {
            return;
        }
        if (user.isEmpty()) {
            request.abortWith(Response.fromResponse(
                    ErrorBody.response(Response.Status.UNAUTHORIZED, "authentication required", null))
                    .header(HttpHeaders.WWW_AUTHENTICATE,
                            request.getHeaderString(WebSessions.HEADER) == null ? CHALLENGE : WEB_CHALLENGE).build());
            return;
        }
        if (!CrmPrincipal.effectiveRoles(user.get()).stream().anyMatch(access.roles()::contains)) {
            request.abortWith(ErrorBody.response(Response.Status.FORBIDDEN,
                    "requires one of the roles " + access.roles(), null));
        }
    }
}
