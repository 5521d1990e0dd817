package kr.crm.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import kr.crm.api.common.ForbiddenException;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.TooManyRequestsException;
import kr.crm.api.common.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception that leaves a resource into a JSON error with the right status.
 * Unexpected failures are logged with an incident id and the exception types only: messages of
 * database errors can quote the personal data that was being written. A path that no resource serves answers 503
 * with {@code Retry-After} while the CRM on this node is not {@link Readiness ready} (its resource may be on its way),
 * 404 once it is.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("crm.errors")
@JaxrsApplicationSelect(CrmApplication.SELECT)
public final class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    /** Seconds a client is asked to wait before it tries a path again that the CRM is still starting. */
    static final int STARTING_RETRY_SECONDS = 5;

    private final Readiness readiness;

    @Context
    private HttpServletRequest request;

    @Activate
    public ErrorMapper(@Reference Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) { // a body cut off at its limit, inside the JSON reader
            if (c instanceof WebApplicationException w && w.getResponse().getStatus() == 413) {
                return ErrorBody.response(413, new ErrorBody("the body is larger than this endpoint takes", "body",
                        null));
            }
        }
        if (e instanceof ValidationException v) {
            return ErrorBody.response(Response.Status.BAD_REQUEST, v.getMessage(), v.field());
        }
        if (e instanceof ScopeRefusal r && request != null) {
            request.setAttribute(VisibilityFilter.REFUSED, r.accountKey()); // a request property, for the access log
        }
        if (e instanceof NotFoundException n) {
            return ErrorBody.response(Response.Status.NOT_FOUND, n.getMessage() + " not found", null);
        }
        if (e instanceof ForbiddenException f) {
            return ErrorBody.response(Response.Status.FORBIDDEN, f.getMessage(), null);
        }
        if (e instanceof StaleVersionException s) {
            return ErrorBody.response(409, new ErrorBody(s.getMessage(), "version", s.currentVersion()));
        }
        if (e instanceof TooManyRequestsException t) {
            return Response.fromResponse(ErrorBody.response(429, new ErrorBody(t.getMessage(), null, null)))
                    .header("Retry-After", t.retryAfterSeconds()).build();
        }
        if (e instanceof JsonMappingException m) {
            return ErrorBody.response(Response.Status.BAD_REQUEST, JsonErrors.reason(m), JsonErrors.field(m));
        }
        if (e instanceof JsonProcessingException) {
            return ErrorBody.response(Response.Status.BAD_REQUEST, "body is not valid JSON", "body");
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() == 404 && starting()) {
            // no resource serves the path (CXF), or the whiteboard lost the resource's service object (Aries)
            return Response.fromResponse(ErrorBody.response(503, new ErrorBody(
                    "the CRM is starting on this node and does not serve this yet; try again in a moment", null, null)))
                    .header("Retry-After", STARTING_RETRY_SECONDS).build();
        }
        if (e instanceof WebApplicationException w) {
            Response r = w.getResponse();
            return ErrorBody.response(r.getStatus(), new ErrorBody(r.getStatusInfo().getReasonPhrase(), null, null));
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {}: {}", incident, causeChain(e));
        return ErrorBody.response(500, new ErrorBody("internal error, incident " + incident, null, null));
    }

    /** Whether the node is not ready; if that cannot be read (SCR stopping with the host), a 404 stays a 404. */
    private boolean starting() {
        try {
            return !readiness.state().ready();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String causeChain(Throwable e) {
        return java.util.stream.Stream.iterate(e, t -> t != null, Throwable::getCause)
                .map(t -> t.getClass().getName() + " at " + (t.getStackTrace().length > 0 ? t.getStackTrace()[0] : "?"))
                .collect(Collectors.joining(" <- "));
    }
}
