package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.time.LocalDate;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.Holiday;
import kr.crm.api.service.ServiceCatalog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/service-holidays}: the holiday calendar of the SLA working hours; admins maintain it. */
@Component(service = HolidayResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/service-holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
public final class HolidayResource {
    private final ServiceCatalog catalog;

    /** Body of a holiday. */
    public record HolidayName(String name) {
    }

    @Activate
    public HolidayResource(@Reference ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code ?year=2026}: the year's holidays by date. */
    @GET
    public List<Holiday> list(@QueryParam("year") String year) {
        if (year == null || year.isBlank()) {
            throw new ValidationException("year", "is required, e.g. 2026");
        }
        try {
            return catalog.holidays(Integer.parseInt(year.strip()));
        } catch (NumberFormatException e) {
            throw new ValidationException("year", "must be a year such as 2026");
        }
    }

    @PUT
    @Path("{day}")
    @RolesAllowed(ADMIN)
    public Holiday save(@PathParam("day") String day, HolidayName body) {
        return catalog.saveHoliday(new Holiday(date(day), body == null ? null : body.name()));
    }

    @DELETE
    @Path("{day}")
    @RolesAllowed(ADMIN)
    public Response remove(@PathParam("day") String day) {
        LocalDate d = date(day);
        if (!catalog.removeHoliday(d)) {
            throw new NotFoundException("holiday " + d);
        }
        return Response.noContent().build();
    }

    private static LocalDate date(String day) {
        LocalDate d = Params.date("day", day);
        if (d == null) {
            throw new ValidationException("day", "is required, e.g. 2026-09-25");
        }
        return d;
    }
}
