package kr.crm.security.internal;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import kr.crm.api.security.AuthenticationRequest;
import kr.crm.api.security.Authenticator;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.UserResolver;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Every {@link UserResolver}, in descending service ranking: the host's first, the standalone last. */
@Component(service = Authenticator.class)
public final class RankedAuthenticator implements Authenticator {
    // ServiceReference orders by ranking, then by age; reversed, the most trusted comes first
    private final Map<ServiceReference<UserResolver>, UserResolver> resolvers =
            new ConcurrentSkipListMap<>(Comparator.reverseOrder());

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addResolver(ServiceReference<UserResolver> reference, UserResolver resolver) {
        resolvers.put(reference, resolver);
    }

    void removeResolver(ServiceReference<UserResolver> reference) {
        resolvers.remove(reference);
    }

    @Override
    public Optional<CrmUser> authenticate(AuthenticationRequest request) {
        for (UserResolver resolver : resolvers.values()) {
            Optional<CrmUser> user = resolver.resolve(request);
            if (user.isPresent()) {
                return user;
            }
        }
        return Optional.empty();
    }
}
