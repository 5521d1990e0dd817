package kr.crm.rest.internal;

import java.util.List;
import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.PortalReceipt;
import kr.crm.api.service.PortalService;
import kr.crm.api.service.PortalSubmission;
import kr.crm.api.service.PortalView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/portal}: the customer portal's calls, open to everyone. Submissions are rate-limited per source
 * address; a request is read and added to only through its signed, expiring token. Registered only while the
 * portal is configured (PID {@code kr.crm.service.portal}).
 */
@Component(service = PortalResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public final class PortalResource {
    private final PortalService portal;

    /** The active request types, as the form offers them. */
    public record PortalType(String code, String nameKo, String nameEn) {
    }

    /** Body of a customer's message. */
    public record Message(String text) {
    }

    /** Body of the satisfaction survey. */
    public record SurveyAnswer(Integer score, String comment) {
    }

    @Activate
    public PortalResource(@Reference PortalService portal) {
        this.portal = portal;
    }

    @GET
    @Path("types")
    public List<PortalType> types() {
        return portal.types().stream().map(t -> new PortalType(t.code(), t.nameKo(), t.nameEn())).toList();
    }

    @POST
    @Path("requests")
    public Response submit(PortalSubmission submission, @Context HttpServletRequest request) {
        PortalReceipt receipt = portal.submit(submission, request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("requests/{token}")
    public Response view(@PathParam("token") String token) {
        return noStore(portal.view(token));
    }

    @POST
    @Path("requests/{token}/messages")
    public Response message(@PathParam("token") String token, Message body) {
        if (body == null) {
            throw new ValidationException("text", "is required");
        }
        return noStore(portal.addMessage(token, body.text()));
    }

    @POST
    @Path("requests/{token}/survey")
    public Response survey(@PathParam("token") String token, SurveyAnswer body) {
        if (body == null) {
            throw new ValidationException("score", "is required");
        }
        return noStore(portal.answerSurvey(token, body.score(), body.comment()));
    }

    /** What the link shows stays out of shared caches and the browser's disk cache. */
    private static Response noStore(PortalView view) {
        return Response.ok(view).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
