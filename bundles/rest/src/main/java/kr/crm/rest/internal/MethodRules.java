package kr.crm.rest.internal;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.container.ResourceInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the access filters apply to each resource method: who may call it, how large a body it reads, whether the
 * keys it names are checked against the caller's accounts, and how it is logged. Read from the method's annotations
 * once, on its first call, and kept for the application's life (decision 268).
 */
final class MethodRules {
    private static final Logger LOG = LoggerFactory.getLogger(MethodRules.class);
    /** The customer portal's largest honest body: three attachments of 2 MB in base64, with room for the text. */
    static final long PORTAL_BODY_LIMIT = 16L << 20;
    /** A channel's order file is streamed (an .xlsx spooled to disk), not held; a million orders: a few hundred MB. */
    static final long IMPORT_BODY_LIMIT = 1L << 30;
    /** Any other body: a batch of 10,000 orders, the largest the API takes, is about 5 MB of JSON. */
    static final long BODY_LIMIT = 32L << 20;
    /** A request that matched no method: closed, no body, not scoped, not logged. */
    static final Rules UNMATCHED = new Rules(new Access(false, Set.of()), 0, null, null);

    private final Map<Method, Rules> byMethod = new ConcurrentHashMap<>();

    /**
     * @param access who may call the method
     * @param bodyLimit the largest body it reads, in bytes
     * @param scoped its visibility rule, or null if it names no account
     * @param kind how a call is logged, or null if it reaches no personal data
     */
    record Rules(Access access, long bodyLimit, Scoped scoped, AccessKind kind) {
    }

    /** The rules of the method a request matched, {@link #UNMATCHED} if it matched none. */
    Rules of(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return UNMATCHED;
        }
        Rules rules = byMethod.get(method);
        return rules != null ? rules : byMethod.computeIfAbsent(method, m -> read(m, resource.getResourceClass()));
    }

    static Rules read(Method method, Class<?> resourceClass) {
        Access access = Access.of(method, resourceClass);
        if (access.closed()) {
            LOG.warn("{}.{} declares no @RolesAllowed or @PermitAll; it is closed to everyone",
                    resourceClass.getSimpleName(), method.getName());
        }
        return new Rules(access, bodyLimit(resourceClass), VisibilityFilter.ruleOf(method, resourceClass),
                AccessKind.of(method, resourceClass));
    }

    private static long bodyLimit(Class<?> resource) {
        if (resource == PortalResource.class) {
            return PORTAL_BODY_LIMIT;
        }
        return resource == ImportResource.class ? IMPORT_BODY_LIMIT : BODY_LIMIT;
    }
}
