package kr.crm.console.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import kr.crm.api.security.AuthenticationRequest;

/** A web console request as a {@link kr.crm.api.security.UserResolver} may see it. */
final class ConsoleRequest implements AuthenticationRequest {
    private final HttpServletRequest request;

    ConsoleRequest(HttpServletRequest request) {
        this.request = request;
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeader(name));
    }

    @Override
    public Optional<String> cookie(String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> c.getName().equals(name)).map(Cookie::getValue).findFirst();
    }

    @Override
    public String remoteAddress() {
        return request.getRemoteAddr();
    }
}
