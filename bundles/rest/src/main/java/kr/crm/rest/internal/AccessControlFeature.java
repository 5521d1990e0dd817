package kr.crm.rest.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import kr.crm.api.security.AuthenticationRequest;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.UserResolver;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts an {@link AccessFilter} in front of every resource method of the CRM application. Users
 * come from the registered {@link UserResolver}s, highest {@code service.ranking} first: the
 * host's when it vouches for its users, else the standalone directory.
 */
@Component(service = DynamicFeature.class)
@JaxrsExtension
@JaxrsName("crm.access")
@JaxrsApplicationSelect(CrmApplication.SELECT)
public final class AccessControlFeature implements DynamicFeature {
    private static final Logger LOG = LoggerFactory.getLogger(AccessControlFeature.class);

    private final Map<ServiceReference<UserResolver>, UserResolver> resolvers =
            new ConcurrentSkipListMap<>(java.util.Comparator.reverseOrder());

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addResolver(ServiceReference<UserResolver> reference, UserResolver resolver) {
        resolvers.put(reference, resolver);
    }

    void removeResolver(ServiceReference<UserResolver> reference) {
        resolvers.remove(reference);
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Access access = Access.of(info.getResourceMethod(), info.getResourceClass());
        if (access.closed()) {
            LOG.warn("{}.{} declares no @RolesAllowed or @PermitAll; it is closed to everyone",
                    info.getResourceClass().getSimpleName(), info.getResourceMethod().getName());
        }
        context.register(new AccessFilter(access, this::authenticate), Priorities.AUTHENTICATION);
    }

    Optional<CrmUser> authenticate(AuthenticationRequest request) {
        for (UserResolver resolver : resolvers.values()) {
            Optional<CrmUser> user = resolver.resolve(request);
            if (user.isPresent()) {
                return user;
            }
        }
        return Optional.empty();
    }
}
