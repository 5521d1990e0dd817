package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.ServiceReportFilter;
import kr.crm.api.service.ServiceReports;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/service-reports}: backlog by status, type and age; SLA attainment; satisfaction trend; top
 * complaint topics per account. Each takes {@code from}, {@code to} (default: the last 90 days), {@code type},
 * {@code team}, {@code assignee}, and answers JSON or {@code format=csv|xlsx}. The reports hold no personal data
 * (a private person's account appears by key only), so they are not access-logged as exports.
 */
@Component(service = ServiceReportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/service-reports")
@Produces({MediaType.APPLICATION_JSON, "text/csv", ReportExport.XLSX})
@RolesAllowed({VIEWER, REP, ADMIN})
public final class ServiceReportResource {
    static final int DEFAULT_DAYS = 90;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final ServiceReports reports;

    @Activate
    public ServiceReportResource(@Reference ServiceReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("backlog")
    public Response backlog(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("type") String type, @QueryParam("team") String team,
            @QueryParam("assignee") String assignee, @QueryParam("format") String format) {
        ServiceReportFilter f = filter(from, to, type, team, assignee);
        return answer(format, () -> reports.backlog(f), ServiceReportTables::backlog);
    }

    @GET
    @Path("sla")
    public Response sla(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("type") String type, @QueryParam("team") String team,
            @QueryParam("assignee") String assignee, @QueryParam("format") String format) {
        ServiceReportFilter f = filter(from, to, type, team, assignee);
        return answer(format, () -> reports.sla(f), ServiceReportTables::sla);
    }

    @GET
    @Path("satisfaction")
    public Response satisfaction(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("type") String type, @QueryParam("team") String team,
            @QueryParam("assignee") String assignee, @QueryParam("format") String format) {
        ServiceReportFilter f = filter(from, to, type, team, assignee);
        return answer(format, () -> reports.satisfactionTrend(f), ServiceReportTables::satisfaction);
    }

    /** {@code accounts}: how many accounts, those with the most requests of the type (default complaints), 1-100. */
    @GET
    @Path("topics")
    public Response topics(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("type") String type, @QueryParam("team") String team,
            @QueryParam("assignee") String assignee, @QueryParam("accounts") String accounts,
            @QueryParam("format") String format) {
        ServiceReportFilter f = filter(from, to, type, team, assignee);
        int n = accounts(accounts);
        return answer(format, () -> reports.topTopics(f, n), ServiceReportTables::topics);
    }

    private static ServiceReportFilter filter(String from, String to, String type, String team, String assignee) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(SEOUL) : Params.date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1) : Params.date("from", from);
        return new ServiceReportFilter(start, end, ReportParams.text("type", type), ReportParams.text("team", team),
                ReportParams.text("assignee", assignee));
    }

    private static int accounts(String value) {
        if (value == null || value.isBlank()) {
            return 10;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("accounts", "must be a whole number, 1-100");
        }
    }

    private static <T> Response answer(String format, Supplier<List<T>> report, Function<List<T>, ReportTable> table) {
        String f = ReportParams.format(format);
        return f.equals("json") ? Response.ok(report.get(), MediaType.APPLICATION_JSON).build()
                : ReportExport.of(table.apply(report.get()), f);
    }
}
