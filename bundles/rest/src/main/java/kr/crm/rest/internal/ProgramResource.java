package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.net.URI;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.campaign.Program;
import kr.crm.api.campaign.ProgramDraft;
import kr.crm.api.campaign.ProgramRun;
import kr.crm.api.campaign.ProgramService;
import kr.crm.api.common.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/programs}: triggered programs (welcome on entering the top grade, birthday and founding-day
 * greetings). Viewers read; reps and admins create, change, enable and disable, as for campaigns; admins run the
 * detection now. Their messages are watched and explained through the program's standing campaign
 * ({@code /api/v1/campaigns/{campaignId}/…}). No personal data here: a run answers with counts.
 */
@Component(service = ProgramResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
public final class ProgramResource {
    private final ProgramService programs;

    @Activate
    public ProgramResource(@Reference ProgramService programs) {
        this.programs = programs;
    }

    @GET
    public List<Program> list() {
        return programs.list();
    }

    @POST
    @RolesAllowed({REP, ADMIN})
    public Response create(ProgramDraft draft, @Context SecurityContext security) {
        Program p = programs.create(draft, CrmPrincipal.of(security));
        return Response.created(URI.create("v1/programs/" + p.id())).entity(p).build();
    }

    @GET
    @Path("{id}")
    public Program get(@PathParam("id") String id) {
        return programs.get(id(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({REP, ADMIN})
    public Program update(@PathParam("id") String id, ProgramDraft draft, @Context SecurityContext security) {
        return programs.update(id(id), draft, CrmPrincipal.of(security));
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed({REP, ADMIN})
    public Program enable(@PathParam("id") String id, @Context SecurityContext security) {
        return programs.setEnabled(id(id), true, CrmPrincipal.of(security));
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed({REP, ADMIN})
    public Program disable(@PathParam("id") String id, @Context SecurityContext security) {
        return programs.setEnabled(id(id), false, CrmPrincipal.of(security));
    }

    @POST
    @Path("run")
    @RolesAllowed(ADMIN)
    public ProgramRun run() {
        return programs.run();
    }

    private static long id(String value) {
        try {
            long n = Long.parseLong(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // answered below
        }
        throw new ValidationException("id", "must be a whole number from 1");
    }
}
