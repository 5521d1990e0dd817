package kr.crm.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.UserResolver;
import org.apache.felix.webconsole.spi.SecurityProvider;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The web console's gate: only users with {@code crm.admin}, as the registered
 * {@link UserResolver}s see them, get in. Replaces the console's built-in admin/admin default.
 */
@Component(service = SecurityProvider.class, property = SecurityProvider.PROPERTY_ID + "=crm")
public final class ConsoleGuard implements SecurityProvider {
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
    public Object authenticate(HttpServletRequest request, HttpServletResponse response) {
        ConsoleRequest view = new ConsoleRequest(request);
        for (UserResolver resolver : resolvers.values()) {
            Optional<CrmUser> user = resolver.resolve(view);
            if (user.isPresent() && user.get().hasAnyRole(CrmRoles.ADMIN)) {
                return user.get();
            }
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"CRM console\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return null;
    }

    @Override
    public boolean authorize(Object user, String role) {
        return user instanceof CrmUser u && u.hasAnyRole(CrmRoles.ADMIN);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response) {
        // Basic credentials live in the browser; nothing is held here
    }
}
