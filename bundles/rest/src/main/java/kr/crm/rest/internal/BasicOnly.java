package kr.crm.rest.internal;

import java.util.Optional;
import kr.crm.api.security.AuthenticationRequest;

/** A request as if it came with Basic credentials and nothing else: no session cookie, no host token. */
record BasicOnly(String authorization, String remoteAddress) implements AuthenticationRequest {
    @Override
    public Optional<String> header(String name) {
        return "Authorization".equalsIgnoreCase(name) ? Optional.of(authorization) : Optional.empty();
    }

    @Override
    public Optional<String> cookie(String name) {
        return Optional.empty();
    }
}
