package kr.crm.api.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The parts of an incoming HTTP request a {@link UserResolver} may look at. */
@ProviderType
public interface AuthenticationRequest {

    /** The first value of a request header, e.g. {@code Authorization}. */
    Optional<String> header(String name);

    /** The value of a cookie sent with the request. */
    Optional<String> cookie(String name);

    /** The client's address as the HTTP server saw it. */
    String remoteAddress();
}
