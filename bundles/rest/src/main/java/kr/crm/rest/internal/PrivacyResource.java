package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;

import java.util.List;
import java.util.Locale;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.common.ValidationException;
import kr.crm.api.privacy.DestructionEntry;
import kr.crm.api.privacy.PurgeRun;
import kr.crm.api.privacy.PurgeService;
import kr.crm.api.privacy.RetentionCategory;
import kr.crm.api.privacy.RetentionRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/privacy}: the retention rules in force, the destruction log (파기 기록) and a purge run now; admins
 * only. The log names keys and counts, no personal data.
 */
@Component(service = PrivacyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public final class PrivacyResource {
    private final PurgeService purge;

    @Activate
    public PrivacyResource(@Reference PurgeService purge) {
        this.purge = purge;
    }

    @GET
    @Path("retention-rules")
    public List<RetentionRule> rules() {
        return purge.rules();
    }

    /** {@code ?category=PROSPECT&customer=<key>&limit=100}, newest first. */
    @GET
    @Path("destruction-log")
    public List<DestructionEntry> destructionLog(@QueryParam("category") String category,
            @QueryParam("customer") String customer, @QueryParam("limit") String limit) {
        int n = Params.integer("limit", limit, 100);
        if (n < 1 || n > 1000) {
            throw new ValidationException("limit", "must be 1-1000");
        }
        return purge.destructionLog(category(category), customer == null || customer.isBlank() ? null
                : customer.strip(), n);
    }

    /** Runs every rule now: 200 with what it did, or 409 if another node is purging. */
    @POST
    @Path("purge-runs")
    public Response run(@Context SecurityContext security) {
        PurgeRun run = purge.runNow(CrmPrincipal.of(security));
        if (!run.ran()) {
            return ErrorBody.response(Response.Status.CONFLICT, "another node is purging now; try again later",
                    null);
        }
        return Response.ok(run).build();
    }

    private static RetentionCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RetentionCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("category", "must be one of PROSPECT, MARKETING_PROFILE, ORDER_IDENTITY, "
                    + "CONTACT_LOG, PERMISSION_HISTORY, DATA_SUBJECT");
        }
    }
}
