package kr.crm.rest.internal;

import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Cookie;
import kr.crm.api.security.AuthenticationRequest;

/** The request as a {@link kr.crm.api.security.UserResolver} may see it. */
final class RequestView implements AuthenticationRequest {
    private final ContainerRequestContext context;
    private final HttpServletRequest servletRequest;

    RequestView(ContainerRequestContext context, HttpServletRequest servletRequest) {
        this.context = context;
        this.servletRequest = servletRequest;
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(context.getHeaderString(name));
    }

    @Override
    public Optional<String> cookie(String name) {
        Cookie cookie = context.getCookies().get(name);
        return cookie == null ? Optional.empty() : Optional.ofNullable(cookie.getValue());
    }

    @Override
    public String remoteAddress() {
        return servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
    }
}
