package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.audit.AccessLog;
import kr.crm.api.audit.ChainCheck;
import kr.crm.api.audit.LoggedAccess;
import kr.crm.api.audit.ReviewReport;
import kr.crm.api.common.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/access-log}: the access log (접속기록) for admins: entries about one person or the newest, the
 * verify walk of the hash chain, the monthly review report and its sign-off, the retention period in force.
 */
@Component(service = AccessLogResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/access-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public final class AccessLogResource {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final AccessLog log;

    @Activate
    public AccessLogResource(@Reference AccessLog log) {
        this.log = log;
    }

    /** {@code ?customer=<key>&limit=100}: who reached this person's data, newest first; without it the newest. */
    @GET
    public List<LoggedAccess> entries(@QueryParam("customer") String customer, @QueryParam("limit") String limit) {
        int n = limit(limit);
        return customer == null ? log.recent(n) : log.about(customer.strip(), n);
    }

    /** Walks the whole chain: {@code intact}, or the first changed or missing row. */
    @GET
    @Path("verify")
    public ChainCheck verify() {
        return log.verify();
    }

    @GET
    @Path("retention")
    public Map<String, Object> retention() {
        return Map.of("years", log.retentionYears());
    }

    /** {@code ?month=2026-11} (default: last month, Korean time). */
    @GET
    @Path("review")
    public ReviewReport review(@QueryParam("month") String month) {
        return log.review(month(month));
    }

    /** Signs the month's report off as reviewed by the caller; body {@code {"note": "…"}} optional. */
    @POST
    @Path("review/{month}")
    public ReviewReport reviewed(@PathParam("month") String month, JsonNode body, @Context SecurityContext security) {
        String note = null;
        if (body != null && body.has("note")) {
            if (!body.get("note").isTextual() && !body.get("note").isNull()) {
                throw new ValidationException("note", "must be text");
            }
            note = body.get("note").isNull() ? null : body.get("note").asText();
        }
        return log.markReviewed(month(month), CrmPrincipal.of(security).username(), note);
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.now(SEOUL).minusMonths(1);
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("month", "must be yyyy-MM");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 100;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("limit", "must be a whole number from 1 to 1000");
        }
    }
}
