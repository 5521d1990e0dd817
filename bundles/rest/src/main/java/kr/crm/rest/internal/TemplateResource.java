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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.campaign.MessageTemplate;
import kr.crm.api.campaign.RenderedMessage;
import kr.crm.api.campaign.TemplateDraft;
import kr.crm.api.campaign.TemplateService;
import kr.crm.api.common.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/campaign-templates}: versioned message templates and a preview of one rendered for a recipient. */
@Component(service = TemplateResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/campaign-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
public final class TemplateResource {
    private final TemplateService templates;

    /** What to render: a version (0 or absent for the newest) for a recipient. */
    public record Preview(Integer version, String customerKey, String address, String recipientName) {
    }

    @Activate
    public TemplateResource(@Reference TemplateService templates) {
        this.templates = templates;
    }

    /** The newest version of every template, by name: what a new campaign can use. */
    @GET
    public List<MessageTemplate> latest() {
        return templates.latest();
    }

    @POST
    @RolesAllowed({REP, ADMIN})
    public Response save(TemplateDraft draft, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(templates.save(draft, CrmPrincipal.of(security)))
                .build();
    }

    @GET
    @Path("{name}")
    public List<MessageTemplate> versions(@PathParam("name") String name) {
        return templates.versions(name);
    }

    @GET
    @Path("{name}/versions/{version}")
    public MessageTemplate version(@PathParam("name") String name, @PathParam("version") String version) {
        return templates.find(name, number(version));
    }

    @POST
    @Path("{name}/preview")
    @RolesAllowed({REP, ADMIN})
    public RenderedMessage preview(@PathParam("name") String name, Preview p) {
        if (p == null) {
            throw new ValidationException("body", "is required");
        }
        return templates.render(name, p.version() == null ? 0 : p.version(), p.customerKey(), p.address(),
                p.recipientName());
    }

    private static int number(String v) {
        try {
            int n = Integer.parseInt(v.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ValidationException("version", "must be a whole number from 1");
    }
}
