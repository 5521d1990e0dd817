package kr.crm.rest.internal;

import javax.ws.rs.Priorities;
import javax.ws.rs.core.Feature;
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

/**
 * Puts the access filters in front of every resource method of the CRM application, each applying the
 * {@link MethodRules} of the method a request matched: a {@link BodyLimit} (decision 260), an {@link AccessFilter}
 * (who is calling is the {@link Authenticator}'s answer; a method without {@code @RolesAllowed} or
 * {@code @PermitAll} is closed), a {@link VisibilityFilter} for methods marked {@link Scoped} (decision 192) and an
 * {@link AccessLogFilter} for methods that reach personal data: without the access log the application is not served
 * at all (decision 160).
 * <p>One filter of each kind for the whole application, not one per method: the JAX-RS runtime walks every filter it
 * holds on every request (decision 268).
 */
@Component(service = Feature.class)
@JaxrsExtension
@JaxrsName("crm.access")
@JaxrsApplicationSelect(CrmApplication.SELECT)
public final class AccessControlFeature implements Feature {
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
    public boolean configure(FeatureContext context) {
        MethodRules rules = new MethodRules();
        context.register(new BodyLimit(rules), Priorities.AUTHENTICATION - 100);
        context.register(new AccessFilter(rules, authenticator::authenticate), Priorities.AUTHENTICATION);
        context.register(new VisibilityFilter(rules, visibility), Priorities.AUTHORIZATION);
        context.register(new AccessLogFilter(rules, accessLog), Priorities.USER);
        return true;
    }
}
