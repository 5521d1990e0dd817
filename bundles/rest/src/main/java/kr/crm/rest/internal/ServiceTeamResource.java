package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import kr.crm.api.service.ServiceCatalog;
import kr.crm.api.service.ServiceTeam;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/service-teams}: teams that handle requests and their leads (who escalations go to). */
@Component(service = ServiceTeamResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/service-teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
public final class ServiceTeamResource {
    private final ServiceCatalog catalog;

    /** Body of a team. */
    public record Lead(String lead) {
    }

    @Activate
    public ServiceTeamResource(@Reference ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public List<ServiceTeam> list() {
        return catalog.teams();
    }

    @PUT
    @Path("{name}")
    @RolesAllowed(ADMIN)
    public ServiceTeam save(@PathParam("name") String name, Lead body) {
        return catalog.saveTeam(new ServiceTeam(name, body == null ? null : body.lead()));
    }
}
