package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;

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
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.common.ValidationException;
import kr.crm.api.identity.MatchReview;
import kr.crm.api.identity.ReviewQueue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/reviews}: uncertain matches, which an admin merges or keeps apart. */
@Component(service = ReviewResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public final class ReviewResource {
    private final ReviewQueue queue;

    @Activate
    public ReviewResource(@Reference ReviewQueue queue) {
        this.queue = queue;
    }

    @GET
    public List<MatchReview> open(@QueryParam("limit") String limit) {
        int n;
        try {
            n = limit == null || limit.isBlank() ? 50 : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("limit", "must be a whole number");
        }
        return queue.open(n);
    }

    @POST
    @Path("{id}/merge")
    public MatchReview merge(@PathParam("id") long id, @Context SecurityContext security) {
        return queue.merge(id, CrmPrincipal.of(security).username());
    }

    @POST
    @Path("{id}/dismiss")
    public MatchReview dismiss(@PathParam("id") long id, @Context SecurityContext security) {
        return queue.dismiss(id, CrmPrincipal.of(security).username());
    }
}
