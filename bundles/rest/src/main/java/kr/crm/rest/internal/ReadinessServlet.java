package kr.crm.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /crm/ready}: 200 when the CRM is up on this node, 503 with what it waits for when not, for the host's
 * load balancer and for an admin after a deployment. A servlet of the HTTP whiteboard, not a JAX-RS resource, so that
 * it answers while the JAX-RS application is still being assembled. It asks for no login: it names bundles and
 * components and holds no data (decision 266).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(ReadinessServlet.PATH)
@HttpWhiteboardServletName("crm.ready")
public final class ReadinessServlet extends HttpServlet {
    static final String PATH = "/crm/ready";
    private static final long serialVersionUID = 1L;

    private final transient Readiness readiness;
    private final transient ObjectMapper mapper = Json.newMapper();

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
        mapper.writeValue(response.getOutputStream(), new Answer(state.ready(), state.waitingFor(),
                state.notConfigured()));
    }

    /**
     * The answer's body: {@code {"ready": false, "waitingFor": ["bundle kr.crm.tasks is not started", ...],
     * "notConfigured": ["kr.crm.campaign.internal.HttpSmsGateway", ...]}}.
     */
    record Answer(boolean ready, List<String> waitingFor, List<String> notConfigured) {
    }
}
