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
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.ServiceCatalog;
import kr.crm.api.service.ServiceType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/service-types}: request types with their SLA targets in working hours; admins change them. */
@Component(service = ServiceTypeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/service-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
public final class ServiceTypeResource {
    private final ServiceCatalog catalog;

    @Activate
    public ServiceTypeResource(@Reference ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    /** Body of a type; {@code active} defaults to true. */
    public record TypeBody(String nameKo, String nameEn, Integer firstResponseHours, Integer resolutionHours,
            Boolean active) {
    }

    @GET
    public List<ServiceType> list() {
        return catalog.types();
    }

    /** Adds or replaces the type of the code in the path. */
    @PUT
    @Path("{code}")
    @RolesAllowed(ADMIN)
    public ServiceType save(@PathParam("code") String code, TypeBody body) {
        if (body == null) {
            throw new ValidationException("body", "is required: nameKo, nameEn, firstResponseHours, resolutionHours, active");
        }
        return catalog.saveType(new ServiceType(code, body.nameKo(), body.nameEn(),
                hours("firstResponseHours", body.firstResponseHours()), hours("resolutionHours", body.resolutionHours()),
                !Boolean.FALSE.equals(body.active())));
    }

    private static int hours(String field, Integer value) {
        if (value == null) {
            throw new ValidationException(field, "is required: working hours");
        }
        return value;
    }
}
