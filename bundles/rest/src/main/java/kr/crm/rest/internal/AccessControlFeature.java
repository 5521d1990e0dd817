package kr.crm.rest.internal;

import javax.ws.rs.Priorities;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import kr.crm.api.audit.AccessLog;
import kr.crm.api.security.AccountVisibility;
import kr.crm.api.security.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts an {@link AccessFilter} in front of every resource method of the CRM application; who is
 * calling is the {@link Authenticator}'s answer. Behind it, every method that reaches personal data gets an
 * {@link AccessLogFilter}: without the access log the application is not served at all (decision 160); every method
 * marked {@link Scoped} gets a {@link VisibilityFilter} (decision 192). No method reads a body larger than its
 * {@link BodyLimit}: {@link #PORTAL_BODY_LIMIT} for the customer portal, open to everyone, {@link #IMPORT_BODY_LIMIT}
 * for a channel's order file, {@link #BODY_LIMIT} for the rest (decision 260).
 */
@Component(service = DynamicFeature.class)
@JaxrsExtension
@JaxrsName("crm.access")
@JaxrsApplicationSelect(CrmApplication.SELECT)
public final class AccessControlFeature implements DynamicFeature {
    private static final Logger LOG = LoggerFactory.getLogger(AccessControlFeature.class);
    /** The portal's largest honest body: three attachments of 2 MB in base64, with room for the text. */
    static final long PORTAL_BODY_LIMIT = 16L << 20;
    /** A channel's order file is streamed (an .xlsx spooled to disk), not held; a million orders: a few hundred MB. */
    static final long IMPORT_BODY_LIMIT = 1L << 30;
    /** Any other body: a batch of 10,000 orders, the largest the API takes, is about 5 MB of JSON. */
    static final long BODY_LIMIT = 32L << 20;

    private final Authenticator authenticator;
    private final AccessLog accessLog;
    private final AccountVisibility visibility;

    @Activate
    public AccessControlFeature(@Reference Authenticator authenticator, @Reference AccessLog accessLog,
            @Reference AccountVisibility visibility) {
        this.authenticator = authenticator;
        this.accessLog = accessLog;
        this.visibility = visibility;
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Access access = Access.of(info.getResourceMethod(), info.getResourceClass());
        if (access.closed()) {
            LOG.warn("{}.{} declares no @RolesAllowed or @PermitAll; it is closed to everyone",
                    info.getResourceClass().getSimpleName(), info.getResourceMethod().getName());
        }
        context.register(new AccessFilter(access, authenticator::authenticate), Priorities.AUTHENTICATION);
        context.register(new BodyLimit(bodyLimit(info.getResourceClass())), Priorities.AUTHENTICATION - 100);
        Scoped scoped = VisibilityFilter.ruleOf(info.getResourceMethod(), info.getResourceClass());
        if (scoped != null) {
            context.register(new VisibilityFilter(scoped, visibility), Priorities.AUTHORIZATION);
        }
        AccessKind kind = AccessKind.of(info.getResourceMethod(), info.getResourceClass());
        if (kind != null) {
            context.register(new AccessLogFilter(kind, accessLog), Priorities.USER);
        }
    }

    private static long bodyLimit(Class<?> resource) {
        if (resource == PortalResource.class) {
            return PORTAL_BODY_LIMIT;
        }
        return resource == ImportResource.class ? IMPORT_BODY_LIMIT : BODY_LIMIT;
    }
}
