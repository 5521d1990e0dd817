package kr.crm.rest.internal;

import javax.ws.rs.core.SecurityContext;
import kr.crm.api.security.AccountVisibility;
import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.Page;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerQuery;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.identity.CustomerSources;
import kr.crm.api.identity.MergeService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/customers}: persons and companies of the customer master. */
@Component(service = CustomerResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path(CustomerResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
@Scoped(path = "key")
public final class CustomerResource {
    static final String PATH = "v1/customers";

    private final CustomerService customers;
    private final MergeService merges;
    private final AccountVisibility visibility;
    private final ObjectMapper mapper = Json.newMapper();

    @Activate
    public CustomerResource(@Reference CustomerService customers, @Reference MergeService merges,
            @Reference AccountVisibility visibility) {
        this.customers = customers;
        this.merges = merges;
        this.visibility = visibility;
    }

    @GET
    public Page<Customer> search(@QueryParam("q") String text, @QueryParam("phone") String phone,
            @QueryParam("email") String email, @QueryParam("brn") String brn, @QueryParam("key") String key,
            @QueryParam("kind") String kind, @QueryParam("ownerRep") String ownerRep,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context SecurityContext security) {
        return customers.search(new CustomerQuery(text, phone, email, brn, key, Params.kind(kind), ownerRep,
                Params.page(page, size)), visibility.scopeOf(CrmPrincipal.of(security)));
    }

    @POST
    @RolesAllowed({REP, ADMIN})
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, CustomerDraft draft,
            @Context UriInfo uri) {
        Customer created = customers.create(draft, idempotencyKey);
        return VersionedResponse.created(uri, PATH, created.key(), created.version(), created);
    }

    @GET
    @Path("{key}")
    public Response get(@PathParam("key") String key) {
        Customer customer = customers.find(key).orElseThrow(() -> new NotFoundException("customer " + key));
        return VersionedResponse.ok(customer.version(), customer);
    }

    /** The keys merged into this customer and what every source said about it, and when. */
    @GET
    @Path("{key}/sources")
    public CustomerSources sources(@PathParam("key") String key) {
        return merges.sourcesOf(key);
    }

    @PUT
    @Path("{key}")
    @RolesAllowed({REP, ADMIN})
    public Response update(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, JsonNode body)
            throws JsonProcessingException {
        VersionedBody<CustomerDraft> change = VersionedBody.read(mapper, body, ifMatch, CustomerDraft.class);
        Customer updated = customers.update(key, change.version(), change.value());
        return VersionedResponse.ok(updated.version(), updated);
    }
}
