package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import kr.crm.api.common.ValidationException;
import kr.crm.api.privacy.DataSubjectCase;
import kr.crm.api.privacy.DataSubjectRequestDraft;
import kr.crm.api.privacy.DataSubjectService;
import kr.crm.api.privacy.SubjectData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/data-subject-requests}: a person's request to see, correct, delete or stop the processing of their
 * data (a {@code DATA_SUBJECT} service request with its legal due date), gathering what is held (access-logged; the
 * download needs a reason), erasure and restriction. Reps open cases; admins (the privacy officer) work them.
 */
@Component(service = DataSubjectResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/data-subject-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public final class DataSubjectResource {
    static final String PATH = "v1/data-subject-requests";

    private final DataSubjectService service;

    @Activate
    public DataSubjectResource(@Reference DataSubjectService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({REP, ADMIN})
    public Response open(@HeaderParam("Idempotency-Key") String idempotencyKey, DataSubjectRequestDraft draft,
            @Context SecurityContext security, @Context UriInfo uri) {
        DataSubjectCase c = service.open(draft, idempotencyKey, CrmPrincipal.of(security));
        return Response.created(uri.getBaseUriBuilder().path(PATH).path(c.requestId()).build()).entity(c).build();
    }

    /** {@code ?pending=true&limit=100}: earliest legal due date first. */
    @GET
    public List<DataSubjectCase> list(@QueryParam("pending") String pending, @QueryParam("limit") String limit) {
        int n = Params.integer("limit", limit, 100);
        if (n < 1 || n > 500) {
            throw new ValidationException("limit", "must be 1-500");
        }
        if (pending != null && !pending.isBlank() && !pending.strip().equals("true")
                && !pending.strip().equals("false")) {
            throw new ValidationException("pending", "must be true or false");
        }
        return service.list("true".equals(pending == null ? null : pending.strip()), n);
    }

    @GET
    @Path("{id}")
    public DataSubjectCase get(@PathParam("id") String id) {
        return service.find(id);
    }

    /** Everything held about the person, by area. */
    @GET
    @Path("{id}/data")
    public SubjectData data(@PathParam("id") String id, @Context SecurityContext security) {
        return service.gather(id, CrmPrincipal.of(security));
    }

    /** The same as a JSON file to hand to the person; needs a reason ({@code reason} or {@code X-Access-Reason}). */
    @GET
    @Path("{id}/data/export")
    @PersonalExport
    public Response export(@PathParam("id") String id, @Context SecurityContext security) {
        SubjectData data = service.gather(id, CrmPrincipal.of(security));
        return Response.ok(data).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"personal-data-" + data.customerKey() + ".json\"").build();
    }

    @POST
    @Path("{id}/erasure")
    public DataSubjectCase erase(@PathParam("id") String id, @Context SecurityContext security) {
        return service.erase(id, CrmPrincipal.of(security));
    }

    @POST
    @Path("{id}/restriction")
    public DataSubjectCase restrict(@PathParam("id") String id, @Context SecurityContext security) {
        return service.restrict(id, CrmPrincipal.of(security));
    }

    /** {@code {"reason":"…"}}: the person asked for processing to go on. */
    @POST
    @Path("{id}/restriction/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    public DataSubjectCase lift(@PathParam("id") String id, LiftBody body, @Context SecurityContext security) {
        return service.liftRestriction(id, body == null ? null : body.reason(), CrmPrincipal.of(security));
    }

    /** Why a restriction is lifted. */
    public record LiftBody(String reason) {
    }
}
