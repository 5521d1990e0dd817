package kr.crm.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import kr.crm.api.security.Authenticator;
import kr.crm.api.security.CrmRoles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /crm/ready}: 200 when the CRM is up on this node, 503 when not, for the host's load balancer, which needs
 * no login and gets {@code {"ready": …}} only. A {@code crm.admin} who sends Basic credentials, after a deployment,
 * also gets what the node waits for and which optional parts are off: names of bundles and components that would
 * tell a stranger which safeguards are not configured (decision 266). A servlet of the HTTP whiteboard, not a JAX-RS
 * resource, so that it answers while the JAX-RS application is still being assembled.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(ReadinessServlet.PATH)
@HttpWhiteboardServletName("crm.ready")
public final class ReadinessServlet extends HttpServlet {
    static final String PATH = "/crm/ready";
    private static final long serialVersionUID = 1L;

    private final transient Readiness readiness;
    private final transient ObjectMapper mapper = Json.newMapper();

    /** Absent while the security bundle is down: then nobody gets the details. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile Authenticator authenticator;

    @Activate
    public ReadinessServlet(@Reference Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Readiness.State state = readiness.state();
        response.setStatus(state.ready() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        mapper.writeValue(response.getOutputStream(), admin(request)
                ? new Answer(state.ready(), state.waitingFor(), state.notConfigured())
                : new Answer(state.ready(), null, null));
    }

    private boolean admin(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        Authenticator users = authenticator;
        return authorization != null && users != null
                && users.authenticate(new BasicOnly(authorization, request.getRemoteAddr()))
                        .filter(u -> u.hasAnyRole(CrmRoles.ADMIN)).isPresent();
    }

    /**
     * The answer's body: {@code {"ready": false}}, and for an admin {@code "waitingFor": ["bundle kr.crm.tasks is not
     * started", ...], "notConfigured": ["kr.crm.campaign.internal.HttpSmsGateway", ...]}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(boolean ready, List<String> waitingFor, List<String> notConfigured) {
    }
}
