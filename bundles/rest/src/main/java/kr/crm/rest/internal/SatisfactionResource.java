package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.AccountVisibility;
import kr.crm.api.service.SatisfactionGroup;
import kr.crm.api.service.SatisfactionRow;
import kr.crm.api.service.SatisfactionService;
import kr.crm.api.service.ServiceRequestService;
import kr.crm.api.service.SurveyResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/service-satisfaction}: the customers' survey answers of a request (staff), and satisfaction per
 * assignee or type over a period (admins).
 */
@Component(service = SatisfactionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/service-satisfaction")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public final class SatisfactionResource {
    private final SatisfactionService satisfaction;
    private final ServiceRequestService requests;
    private final ScopeCheck scope;

    @Activate
    public SatisfactionResource(@Reference SatisfactionService satisfaction, @Reference ServiceRequestService requests,
            @Reference AccountVisibility visibility) {
        this.satisfaction = satisfaction;
        this.requests = requests;
        this.scope = new ScopeCheck(visibility);
    }

    /** {@code ?by=ASSIGNEE|TYPE&from=yyyy-MM-dd&to=yyyy-MM-dd[&type=CODE]}; the period defaults to the last 90 days. */
    @GET
    public List<SatisfactionRow> report(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("type") String type) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(ZoneId.of("Asia/Seoul")) : Params.date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(90) : Params.date("from", from);
        return satisfaction.report(group(by), start, end, type);
    }

    @GET
    @Path("requests/{id}")
    @RolesAllowed({VIEWER, REP, ADMIN})
    public List<SurveyResult> ofRequest(@PathParam("id") String id, @Context SecurityContext security) {
        // the answers and comments are the customer's: for those who may see the account
        scope.require(security, requests.find(id).accountKey(), "service request " + id);
        return satisfaction.ofRequest(id);
    }

    private static SatisfactionGroup group(String by) {
        if (by == null || by.isBlank()) {
            return SatisfactionGroup.TYPE;
        }
        try {
            return SatisfactionGroup.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("by", "must be ASSIGNEE or TYPE");
        }
    }
}
