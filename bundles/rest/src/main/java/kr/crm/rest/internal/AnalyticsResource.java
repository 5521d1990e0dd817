package kr.crm.rest.internal;

import kr.crm.api.analytics.Anniversary;
import java.util.Set;
import java.util.List;
import java.util.HashSet;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.AccountVisibility;
import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kr.crm.api.analytics.AnalyticsReports;
import kr.crm.api.analytics.AnalyticsService;
import kr.crm.api.analytics.AnalyticsSettings;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.analytics.InterestSignals;
import kr.crm.api.analytics.RecomputeResult;
import kr.crm.api.analytics.ReportFilter;
import kr.crm.api.common.NotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/analytics}: a customer's measures, the reports (JSON, or {@code format=csv|xlsx}) with
 * the filter {@code from}, {@code to}, {@code grade}, {@code region}, {@code industry}, {@code ownerRep},
 * and a full recompute now (admins).
 */
@Component(service = AnalyticsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/analytics")
@Produces({MediaType.APPLICATION_JSON, "text/csv", ReportExport.XLSX})
@RolesAllowed({VIEWER, REP, ADMIN})
public final class AnalyticsResource {
    private final AnalyticsService analytics;
    private final AnalyticsReports reports;
    private final AccountVisibility visibility;

    @Activate
    public AnalyticsResource(@Reference AnalyticsService analytics, @Reference AnalyticsReports reports,
            @Reference AccountVisibility visibility) {
        this.analytics = analytics;
        this.reports = reports;
        this.visibility = visibility;
    }

    @GET
    @Path("settings")
    public AnalyticsSettings settings() {
        return analytics.settings();
    }

    @GET
    @Path("customers/{key}")
    @Scoped(path = "key")
    public CustomerMeasures measures(@PathParam("key") String key) {
        return analytics.measuresOf(key).orElseThrow(() -> new NotFoundException("measures of customer " + key));
    }

    /** Opens and clicks of campaign e-mails as interest signals; 404 if the customer never opened or clicked one. */
    @GET
    @Path("customers/{key}/interest")
    @Scoped(path = "key")
    public InterestSignals interest(@PathParam("key") String key) {
        return analytics.interestOf(key).orElseThrow(() -> new NotFoundException("interest signals of customer " + key));
    }

    /** Recomputes one customer now against the stored cut points, as an arriving order does. */
    @POST
    @Path("customers/{key}/recompute")
    @Scoped(path = "key")
    @RolesAllowed({REP, ADMIN})
    public RecomputeResult recomputeOne(@PathParam("key") String key) {
        if (analytics.measuresOf(key).isEmpty()) {
            throw new NotFoundException("measures of customer " + key);
        }
        return analytics.recompute(java.util.List.of(key));
    }

    /** Recomputes every customer now; {@code ran} is false if a run was under way (here or on another node). */
    @POST
    @Path("recompute")
    @RolesAllowed(ADMIN)
    public RecomputeResult recompute() {
        return analytics.recomputeAll();
    }

    @GET
    @Path("pareto")
    public Response pareto(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("grade") String grade, @QueryParam("region") String region,
            @QueryParam("industry") String industry, @QueryParam("ownerRep") String ownerRep,
            @QueryParam("format") String format) {
        return answer(format, () -> reports.pareto(ReportParams.filter(from, to, grade, region, industry, ownerRep)), ReportTable::of);
    }

    @GET
    @Path("rfm-grid")
    public Response rfmGrid(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("grade") String grade, @QueryParam("region") String region,
            @QueryParam("industry") String industry, @QueryParam("ownerRep") String ownerRep,
            @QueryParam("format") String format) {
        ReportFilter f = ReportParams.filter(from, to, grade, region, industry, ownerRep);
        return answer(format, () -> reports.rfmGrid(f), ReportTable::of);
    }

    @GET
    @Path("segment-ltv")
    public Response segmentLtv(@QueryParam("groupBy") String groupBy, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("grade") String grade,
            @QueryParam("region") String region, @QueryParam("industry") String industry,
            @QueryParam("ownerRep") String ownerRep, @QueryParam("format") String format) {
        ReportFilter f = ReportParams.filter(from, to, grade, region, industry, ownerRep);
        return answer(format, () -> reports.segmentValues(f, groupBy), ReportTable::segments);
    }

    @GET
    @Path("grades")
    public Response grades(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("grade") String grade, @QueryParam("region") String region,
            @QueryParam("industry") String industry, @QueryParam("ownerRep") String ownerRep,
            @QueryParam("format") String format) {
        return answer(format, () -> reports.gradeDistribution(ReportParams.filter(from, to, grade, region, industry,
                ownerRep)), ReportTable::grades);
    }

    @GET
    @Path("cohorts")
    public Response cohorts(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("grade") String grade, @QueryParam("region") String region,
            @QueryParam("industry") String industry, @QueryParam("ownerRep") String ownerRep,
            @QueryParam("format") String format) {
        return answer(format, () -> reports.cohorts(ReportParams.filter(from, to, grade, region, industry, ownerRep)), ReportTable::cohorts);
    }

    @GET
    @Path("anniversaries")
    public Response anniversaries(@QueryParam("days") String days, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("grade") String grade,
            @QueryParam("region") String region, @QueryParam("industry") String industry,
            @QueryParam("ownerRep") String ownerRep, @QueryParam("format") String format,
            @Context SecurityContext security) {
        ReportFilter f = ReportParams.filter(from, to, grade, region, industry, ownerRep);
        CrmUser user = CrmPrincipal.of(security);
        return answer(format, () -> visibleOnly(user, reports.anniversaries(f, ReportParams.days(days))),
                ReportTable::anniversaries);
    }

    /** The rows of people the caller may see: a list or its download holds no one else (decision 193). */
    private List<Anniversary> visibleOnly(CrmUser user, List<Anniversary> rows) {
        if (visibility.scopeOf(user).all()) {
            return rows;
        }
        Set<String> keys = new HashSet<>();
        rows.forEach(a -> keys.add(a.customerKey()));
        Set<String> visible = visibility.visible(user, keys);
        return rows.stream().filter(a -> visible.contains(a.customerKey())).toList();
    }

    private static <T> Response answer(String format, Supplier<T> report, Function<T, ReportTable> table) {
        String f = ReportParams.format(format);
        return f.equals("json") ? Response.ok(report.get(), MediaType.APPLICATION_JSON).build()
                : ReportExport.of(table.apply(report.get()), f);
    }
}
