package kr.crm.api.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Asks every registered {@link UserResolver}, highest {@code service.ranking} first, who is
 * calling. The one place that decides whose word counts; the REST API and the web console use it.
 */
@ProviderType
public interface Authenticator {

    /** The user the first resolver recognises, or empty if none does. */
    Optional<CrmUser> authenticate(AuthenticationRequest request);
}
