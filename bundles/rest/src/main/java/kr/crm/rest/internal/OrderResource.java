package kr.crm.rest.internal;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.security.AccountVisibility;
import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.Page;
import kr.crm.api.common.ValidationException;
import kr.crm.api.order.IncomingOrder;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestionReport;
import kr.crm.api.order.IngestResult;
import kr.crm.api.order.MonthlyRevenue;
import kr.crm.api.order.OrderService;
import kr.crm.api.order.SalesOrder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/orders}: delivering orders one by one or in bulk, and reading them back. A
 * delivery is idempotent by {@code (source, orderNo)}: sending an order again updates it.
 */
@Component(service = OrderResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
public final class OrderResource {
    static final int MAX_BATCH = 10_000;

    private final OrderService orders;

    /** What a bulk delivery did: counts per outcome, then one result per order in input order. */
    public record BatchReport(int received, Map<IngestOutcome, Long> outcomes, List<IngestResult> results) {
    }

    private final ScopeCheck scope;

    @Activate
    public OrderResource(@Reference OrderService orders, @Reference AccountVisibility visibility) {
        this.orders = orders;
        this.scope = new ScopeCheck(visibility);
    }

    @POST
    @RolesAllowed({REP, ADMIN})
    public Response deliver(IncomingOrder order) {
        IngestResult result = orders.ingest(order);
        if (result.outcome() == IngestOutcome.REJECTED) {
            throw new ValidationException(result.field() == null ? "body" : result.field(), result.reason());
        }
        int status = result.outcome() == IngestOutcome.UPDATED ? 200 : 201;
        return Response.status(status).entity(result).build();
    }

    @POST
    @Path("batch")
    @RolesAllowed({REP, ADMIN})
    public BatchReport deliverAll(List<IncomingOrder> batch) {
        if (batch == null || batch.isEmpty()) {
            throw new ValidationException("body", "must be a non-empty JSON array of orders");
        }
        if (batch.size() > MAX_BATCH) {
            throw new ValidationException("body", "must hold at most " + MAX_BATCH + " orders; split the batch");
        }
        List<IngestResult> results = orders.ingestAll(batch);
        return new BatchReport(batch.size(),
                results.stream().collect(Collectors.groupingBy(IngestResult::outcome, Collectors.counting())), results);
    }

    /** What a source delivered over a period: counts per outcome and the latest rejections with reasons. */
    @GET
    @Path("report")
    public IngestionReport report(@QueryParam("source") String source, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return orders.report(source, Params.date("from", from), Params.date("to", to));
    }

    /** {@code ?customer=KEY&months=12}: revenue and order count per month (Asia/Seoul), oldest first. */
    @GET
    @Path("monthly")
    @Scoped(query = "customer")
    public List<MonthlyRevenue> monthly(@QueryParam("customer") String customerKey, @QueryParam("months") String months) {
        if (customerKey == null || customerKey.isBlank()) {
            throw new ValidationException("customer", "is required: the customer key whose revenue to sum");
        }
        int span;
        try {
            span = months == null ? 12 : Integer.parseInt(months.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("months", "must be a whole number");
        }
        return orders.monthlyRevenue(customerKey.strip(), span);
    }

    @GET
    @Path("{source}/{orderNo}")
    public SalesOrder order(@PathParam("source") String source, @PathParam("orderNo") String orderNo,
            @Context SecurityContext security) {
        SalesOrder order = orders.find(source, orderNo).orElseThrow(() -> new NotFoundException("order " + orderNo));
        if (order.customerKey() != null) {
            scope.require(security, order.customerKey(), "order " + orderNo);
        }
        return order;
    }

    /** A customer's orders, newest first: {@code GET /api/v1/orders?customer=C…}. */
    @GET
    @Scoped(query = "customer")
    public Page<SalesOrder> ordersOf(@QueryParam("customer") String customerKey, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        if (customerKey == null || customerKey.isBlank()) {
            throw new ValidationException("customer", "is required: the customer key whose orders to list");
        }
        return orders.ordersOf(customerKey.strip(), Params.page(page, size));
    }
}
