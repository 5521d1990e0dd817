package kr.crm.rest.internal;

import javax.ws.rs.core.SecurityContext;
import kr.crm.api.security.AccountVisibility;
import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import kr.crm.api.common.Page;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonDraft;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerDraft;
import kr.crm.api.customer.CustomerKind;
import kr.crm.api.customer.CustomerQuery;
import kr.crm.api.customer.CustomerService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/accounts}: companies that buy, and their contact persons. An account is a
 * customer of kind COMPANY and keeps its customer key; read and update it under
 * {@code /api/v1/customers/{key}}.
 */
@Component(service = AccountResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
@Scoped(path = "key", what = "account")
public final class AccountResource {
    private final CustomerService customers;
    private final ContactPersonService contacts;
    private final ObjectMapper mapper = Json.newMapper();

    private final AccountVisibility visibility;

    @Activate
    public AccountResource(@Reference CustomerService customers, @Reference ContactPersonService contacts,
            @Reference AccountVisibility visibility) {
        this.customers = customers;
        this.contacts = contacts;
        this.visibility = visibility;
    }

    @GET
    public Page<Customer> search(@QueryParam("q") String text, @QueryParam("phone") String phone,
            @QueryParam("email") String email, @QueryParam("brn") String brn,
            @QueryParam("ownerRep") String ownerRep, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security) {
        return customers.search(new CustomerQuery(text, phone, email, brn, null, CustomerKind.COMPANY, ownerRep,
                Params.page(page, size)), visibility.scopeOf(CrmPrincipal.of(security)));
    }

    @POST
    @RolesAllowed({REP, ADMIN})
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, JsonNode body,
            @Context UriInfo uri) throws JsonProcessingException {
        if (!(body instanceof ObjectNode object)) {
            throw new ValidationException("body", "must be a JSON object");
        }
        JsonNode kind = object.get("kind");
        if (kind != null && !kind.isNull() && !CustomerKind.COMPANY.name().equals(kind.asText())) {
            throw new ValidationException("kind", "must be COMPANY for an account");
        }
        object.put("kind", CustomerKind.COMPANY.name());
        Customer created = customers.create(mapper.treeToValue(object, CustomerDraft.class), idempotencyKey);
        return VersionedResponse.created(uri, CustomerResource.PATH, created.key(), created.version(), created);
    }

    @GET
    @Path("{key}/contacts")
    public Page<ContactPerson> contacts(@PathParam("key") String key, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return contacts.listForAccount(key, Params.page(page, size));
    }

    @POST
    @Path("{key}/contacts")
    @RolesAllowed({REP, ADMIN})
    public Response addContact(@PathParam("key") String key, @HeaderParam("Idempotency-Key") String idempotencyKey,
            ContactPersonDraft draft, @Context UriInfo uri) {
        ContactPerson created = contacts.create(key, draft, idempotencyKey);
        return VersionedResponse.created(uri, ContactPersonResource.PATH, created.key(), created.version(), created);
    }
}
