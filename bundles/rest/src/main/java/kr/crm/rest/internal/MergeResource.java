package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.common.ValidationException;
import kr.crm.api.identity.CompactionResult;
import kr.crm.api.identity.Compactor;
import kr.crm.api.identity.Merge;
import kr.crm.api.identity.MergeService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/merges}: merging two customers found to be one (admins), undoing it, and the record. */
@Component(service = MergeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/merges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public final class MergeResource {
    private final MergeService merges;
    private final Compactor compactor;

    /** Body of a merge request. */
    public record MergeRequest(String survivorKey, String mergedKey, String reason) {
    }

    @Activate
    public MergeResource(@Reference MergeService merges, @Reference Compactor compactor) {
        this.merges = merges;
        this.compactor = compactor;
    }

    /** Runs a compaction scan (정기압축) now; it also runs on its own schedule. */
    @POST
    @Path("compaction")
    public CompactionResult compact() {
        return compactor.run();
    }

    @POST
    public Response merge(MergeRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        Merge merge = merges.merge(request.survivorKey(), request.mergedKey(), request.reason(),
                CrmPrincipal.of(security).username());
        return Response.status(Response.Status.CREATED).entity(merge).build();
    }

    @POST
    @Path("{id}/undo")
    public Merge undo(@PathParam("id") long id, @Context SecurityContext security) {
        return merges.undo(id, CrmPrincipal.of(security).username());
    }

    @GET
    @RolesAllowed({VIEWER, REP, ADMIN})
    @Scoped(query = "customer")
    public List<Merge> mergesOf(@QueryParam("customer") String customerKey) {
        if (customerKey == null || customerKey.isBlank()) {
            throw new ValidationException("customer", "is required: the customer key whose merges to list");
        }
        return merges.mergesOf(customerKey);
    }
}
