package kr.crm.rest.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.Authenticator;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.WebSessions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/session}: opens the web pages' session cookie, from a password (the login page) or from the
 * host ERP's short-lived token (the iframe URL), and closes it. Programs keep using Basic or Bearer.
 */
@Component(service = SessionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/session")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public final class SessionResource {
    private final WebSessions sessions;
    private final Authenticator authenticator;

    /** Body of a password login. */
    public record Login(String username, String password) {
    }

    @Activate
    public SessionResource(@Reference WebSessions sessions, @Reference Authenticator authenticator) {
        this.sessions = sessions;
        this.authenticator = authenticator;
    }

    /** Password login of the CRM's own users: 200 with the user and the cookie, or 401. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Login body, @Context HttpServletRequest request) {
        if (body == null || body.username() == null || body.username().isBlank()) {
            throw new ValidationException("username", "is required");
        }
        if (body.password() == null || body.password().isEmpty()) {
            throw new ValidationException("password", "is required");
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (body.username().strip() + ":" + body.password()).getBytes(StandardCharsets.UTF_8));
        Optional<CrmUser> user = authenticator.authenticate(new BasicOnly(basic, request == null ? "unknown" : request.getRemoteAddr()));
        if (user.isEmpty()) {
            return ErrorBody.response(Response.Status.UNAUTHORIZED,
                    "user name or password is wrong, or the login is locked after too many failures", null);
        }
        if (user.get().roles().isEmpty()) {
            return ErrorBody.response(Response.Status.FORBIDDEN, "the user has no CRM role", null);
        }
        return Response.ok(user.get()).header(HttpHeaders.SET_COOKIE, cookie(sessions.open(user.get()),
                sessions.maxAgeSeconds(), request)).build();
    }

    /**
     * The host's iframe URL: {@code /api/v1/session/host?token=…&next=/crm/tab.html?customer=…}. A good token sets
     * the cookie and redirects (303) to {@code next}, which must be a page under {@code /crm/}.
     */
    @GET
    @Path("host")
    public Response fromHost(@QueryParam("token") String token, @QueryParam("next") String next,
            @Context HttpServletRequest request, @Context UriInfo uri) {
        if (next == null || !next.startsWith("/crm/") || next.contains("//") || next.contains("\\")) {
            throw new ValidationException("next", "must be a CRM page path starting with /crm/");
        }
        Optional<CrmUser> user = sessions.fromHostToken(token);
        if (user.isEmpty()) {
            return ErrorBody.response(Response.Status.UNAUTHORIZED, "the host token is missing, wrong or expired",
                    "token");
        }
        // absolute: a relative URI would be resolved against the application's /api/
        return Response.seeOther(uri.getBaseUri().resolve(URI.create(next))).header(HttpHeaders.SET_COOKIE,
                cookie(sessions.open(user.get()), sessions.maxAgeSeconds(), request)).build();
    }

    @DELETE
    public Response logout(@Context HttpServletRequest request) {
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie("", 0, request)).build();
    }

    private static String cookie(String value, int maxAge, HttpServletRequest request) {
        return cookie(value, maxAge, request != null && request.isSecure());
    }

    /** The session cookie's Set-Cookie value. */
    static String cookie(String value, int maxAge, boolean secure) {
        return WebSessions.COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }
}
