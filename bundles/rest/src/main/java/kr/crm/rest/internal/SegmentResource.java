package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import kr.crm.api.analytics.Segment;
import kr.crm.api.analytics.SegmentChange;
import kr.crm.api.analytics.SegmentDraft;
import kr.crm.api.analytics.SegmentMember;
import kr.crm.api.analytics.SegmentService;
import kr.crm.api.common.Page;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.AccountVisibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/segments}: saved segments over the customer measures (reps and admins save, admins
 * delete), a size preview before saving, members and their history; {@code ?customer=KEY} lists the
 * segments of one customer (the CRM tab).
 */
@Component(service = SegmentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/segments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
public final class SegmentResource {
    private final AccountVisibility visibility;
    private final SegmentService segments;

    @Activate
    public SegmentResource(@Reference SegmentService segments, @Reference AccountVisibility visibility) {
        this.segments = segments;
        this.visibility = visibility;
    }

    @GET
    @Scoped(query = "customer")
    public List<Segment> list(@QueryParam("customer") String customer) {
        return customer == null ? segments.list() : segments.segmentsOf(customer);
    }

    @POST
    @RolesAllowed({REP, ADMIN})
    public Response create(SegmentDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        Segment saved = segments.create(draft, CrmPrincipal.of(security).username());
        URI location = uri.getBaseUriBuilder().path("v1/segments").path(Long.toString(saved.id())).build();
        return Response.created(location).entity(saved).build();
    }

    /** How many customers the body's conditions select now; nothing is saved. */
    @POST
    @Path("preview")
    public Map<String, Long> preview(SegmentDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "is required: conditions");
        }
        return Map.of("size", segments.preview(draft.conditions()));
    }

    @GET
    @Path("{id}")
    public Segment get(@PathParam("id") String id) {
        return segments.get(id(id));
    }

    /**
     * Replaces name, description and rules; {@code version} is the one read (a stale one is 409 and
     * changes nothing). Members are re-materialised before the answer.
     */
    @PUT
    @Path("{id}")
    @RolesAllowed({REP, ADMIN})
    public Segment update(@PathParam("id") String id, @QueryParam("version") String version, SegmentDraft draft,
            @Context SecurityContext security) {
        long v;
        try {
            v = Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("version", "is required: the segment version that was read");
        }
        return segments.update(id(id), v, draft, CrmPrincipal.of(security).username());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(ADMIN)
    public Response delete(@PathParam("id") String id) {
        segments.delete(id(id));
        return Response.noContent().build();
    }

    /** The members the caller may see (a rep his or her book, decision 225); the segment's size is everyone's. */
    @GET
    @Path("{id}/members")
    public Page<SegmentMember> members(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security) {
        return segments.members(id(id), Params.page(page, size), visibility.scopeOf(CrmPrincipal.of(security)));
    }

    @GET
    @Path("{id}/history")
    public List<SegmentChange> history(@PathParam("id") String id, @QueryParam("limit") String limit) {
        int n;
        try {
            n = limit == null || limit.isBlank() ? 100 : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("limit", "must be a whole number, 1-1000");
        }
        return segments.history(id(id), n);
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("id", "must be a segment id (a number)");
        }
    }
}
