package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kr.crm.api.analytics.PseudonymisedExport;
import kr.crm.api.analytics.PseudonymisedOrder;
import kr.crm.api.analytics.PseudonymisedRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/analytics/pseudonymised/measures} and {@code …/orders} (admins): the customer measures and the
 * orders for statistics, keyed by pseudonym, without names, phones, e-mails, addresses or order numbers. Registered only while the export's key is
 * configured (PID {@code kr.crm.analytics.pseudonym}); 404 otherwise.
 */
@Component(service = PseudonymisedResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/analytics/pseudonymised")
@Produces({MediaType.APPLICATION_JSON, "text/csv", ReportExport.XLSX})
@RolesAllowed(ADMIN)
public final class PseudonymisedResource {
    private static final List<String> HEADERS = List.of("pseudonym", "kind", "region", "industry", "grade",
            "firstOrderMonth", "lastOrderMonth", "orders", "revenue", "margin", "recency", "frequency", "monetary",
            "cell", "lifetimeValue", "quadrant");

    private static final List<String> ORDER_HEADERS = List.of("pseudonym", "month", "amount", "margin");

    private final PseudonymisedExport export;

    @Activate
    public PseudonymisedResource(@Reference PseudonymisedExport export) {
        this.export = export;
    }

    @GET
    @Path("measures")
    public Response measures(@QueryParam("grade") String grade, @QueryParam("region") String region,
            @QueryParam("industry") String industry, @QueryParam("format") String format) {
        String f = ReportParams.format(format);
        List<PseudonymisedRow> rows = export.rows(ReportParams.filter(null, null, grade, region, industry, null));
        if (f.equals("json")) {
            return Response.ok(rows, MediaType.APPLICATION_JSON).build();
        }
        List<List<Object>> table = new ArrayList<>();
        for (PseudonymisedRow r : rows) {
            table.add(java.util.Arrays.asList(r.pseudonym(), r.kind(), r.region(), r.industry(), r.grade(),
                    r.firstOrderMonth(), r.lastOrderMonth(), r.orders(), r.revenue(), r.margin(), r.recency(),
                    r.frequency(), r.monetary(), r.cell(), r.lifetimeValue(), r.quadrant().name()));
        }
        return ReportExport.of(new ReportTable("measures-pseudonymised", HEADERS, table), f);
    }

    /** The orders of the customers selected, placed in the period (default: the 24 months up to today). */
    @GET
    @Path("orders")
    public Response orders(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("grade") String grade, @QueryParam("region") String region,
            @QueryParam("industry") String industry, @QueryParam("format") String format) {
        String f = ReportParams.format(format);
        List<PseudonymisedOrder> orders = export.orders(ReportParams.filter(from, to, grade, region, industry, null));
        if (f.equals("json")) {
            return Response.ok(orders, MediaType.APPLICATION_JSON).build();
        }
        List<List<Object>> table = new ArrayList<>();
        for (PseudonymisedOrder o : orders) {
            table.add(java.util.Arrays.asList(o.pseudonym(), o.month(), o.amount(), o.margin()));
        }
        return ReportExport.of(new ReportTable("orders-pseudonymised", ORDER_HEADERS, table), f);
    }
}
