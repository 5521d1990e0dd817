package kr.crm.rest.internal;

import java.util.Optional;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import kr.crm.api.security.WebSessions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Keeps a busy web session open: after a successful request of the CRM's pages (session cookie and
 * {@link WebSessions#HEADER}), the cookie comes back with its idle end moved out. A page left alone for the idle
 * time (default 30 minutes) finds its session ended. Responses that set the cookie themselves (login, logout) are
 * left as they are.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("crm.session-renewal")
@JaxrsApplicationSelect(CrmApplication.SELECT)
public final class SessionRenewal implements ContainerResponseFilter {
    private final WebSessions sessions;

    @Activate
    public SessionRenewal(@Reference WebSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 || request.getHeaderString(WebSessions.HEADER) == null
                || response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            return;
        }
        Cookie cookie = request.getCookies().get(WebSessions.COOKIE);
        Optional<String> renewed = cookie == null ? Optional.empty() : sessions.renew(cookie.getValue());
        renewed.ifPresent(value -> response.getHeaders().add(HttpHeaders.SET_COOKIE, SessionResource.cookie(value,
                sessions.maxAgeSeconds(), "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme()))));
    }
}
