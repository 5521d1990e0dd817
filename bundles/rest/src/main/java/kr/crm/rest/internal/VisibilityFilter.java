package kr.crm.rest.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import kr.crm.api.security.AccountScope;
import kr.crm.api.security.AccountVisibility;
import kr.crm.api.security.CrmUser;

/**
 * Answers 404 when the account, customer or contact person a request names is not one the caller may see, with the
 * body a missing one gets, so that the answer does not reveal that it exists (decision 192).
 */
final class VisibilityFilter implements ContainerRequestFilter {
    /** Set on a request this filter refused: the access log records the attempt as denied, not as a miss. */
    static final String REFUSED = VisibilityFilter.class.getName() + ".refused";

    private final MethodRules rules;
    private final AccountVisibility visibility;

    @Context
    private ResourceInfo resource;

    VisibilityFilter(MethodRules rules, AccountVisibility visibility) {
        this.rules = rules;
        this.visibility = visibility;
    }

    /** The rule of a resource method: its own {@link Scoped}, else its class's, else none. */
    static Scoped ruleOf(Method method, Class<?> resourceClass) {
        Scoped own = method.getAnnotation(Scoped.class);
        return own != null ? own : resourceClass.getAnnotation(Scoped.class);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Scoped rule = rules.of(resource).scoped();
        if (rule == null || !(request.getSecurityContext().getUserPrincipal() instanceof CrmPrincipal principal)) {
            return;
        }
        List<String> keys = new ArrayList<>();
        add(keys, request.getUriInfo().getPathParameters(), rule.path());
        add(keys, request.getUriInfo().getQueryParameters(), rule.query());
        if (keys.isEmpty()) {
            return;
        }
        CrmUser user = principal.user();
        AccountScope scope = visibility.scopeOf(user);
        if (scope.all()) {
            return;
        }
        Set<String> visible = visibility.visible(user, keys);
        for (String key : keys) {
            if (!visible.contains(key)) {
                request.setProperty(REFUSED, key);
                request.abortWith(ErrorBody.response(Response.Status.NOT_FOUND, rule.what() + " " + key + " not found",
                        null));
                return;
            }
        }
    }

    private static void add(List<String> keys, MultivaluedMap<String, String> params, String[] names) {
        for (String name : names) {
            String value = params.getFirst(name);
            if (value != null && !value.isBlank()) {
                keys.add(value.strip());
            }
        }
    }
}
