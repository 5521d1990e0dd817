package kr.crm.rest.internal;

import kr.crm.api.security.AccountVisibility;
import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import kr.crm.api.common.Page;
import kr.crm.api.common.ValidationException;
import kr.crm.api.contactlog.ComplaintStatus;
import kr.crm.api.contactlog.ContactLogDraft;
import kr.crm.api.contactlog.ContactLogEntry;
import kr.crm.api.contactlog.ContactLogRevision;
import kr.crm.api.contactlog.ContactLogService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/contact-logs}: the contact log of an account, its open complaints, logging (optionally completing
 * a task), edits with history, complaint status and soft deletes.
 */
@Component(service = ContactLogResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path(ContactLogResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
@Scoped(query = "account", what = "account")
public final class ContactLogResource {
    static final String PATH = "v1/contact-logs";

    private final ContactLogService log;
    private final ObjectMapper mapper = Json.newMapper();

    /** Body of a complaint status change. */
    public record StatusChange(ComplaintStatus status, Long version) {
    }

    private final ScopeCheck scope;

    @Activate
    public ContactLogResource(@Reference ContactLogService log, @Reference AccountVisibility visibility) {
        this.log = log;
        this.scope = new ScopeCheck(visibility);
    }

    /** {@code ?account=KEY}: the account's entries, newest first. */
    @GET
    public Page<ContactLogEntry> entries(@QueryParam("account") String account, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return log.entriesOf(required(account), Params.page(page, size));
    }

    /** {@code ?account=KEY}: complaints not resolved yet, oldest first. */
    @GET
    @Path("complaints")
    public List<ContactLogEntry> openComplaints(@QueryParam("account") String account) {
        return log.openComplaintsOf(required(account));
    }

    @POST
    @RolesAllowed({REP, ADMIN})
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, ContactLogDraft draft,
            @Context SecurityContext security, @Context UriInfo uri) {
        if (draft != null && draft.accountKey() != null && !draft.accountKey().isBlank()) {
            scope.require(security, draft.accountKey().strip(), "account " + draft.accountKey().strip());
        }
        ContactLogEntry entry = log.log(draft, idempotencyKey, CrmPrincipal.of(security));
        return VersionedResponse.created(uri, PATH, entry.id(), entry.version(), entry);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        ContactLogEntry entry = log.find(id);
        scope.require(security, entry.accountKey(), "contact-log entry " + id);
        return VersionedResponse.ok(entry.version(), entry);
    }

    @GET
    @Path("{id}/history")
    public List<ContactLogRevision> history(@PathParam("id") String id, @Context SecurityContext security) {
        scope.require(security, log.find(id).accountKey(), "contact-log entry " + id);
        return log.historyOf(id);
    }

    /** Replaces the content (author or admin); the version read comes as If-Match or in the body. */
    @PUT
    @Path("{id}")
    @RolesAllowed({REP, ADMIN})
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode body,
            @Context SecurityContext security) throws JsonProcessingException {
        VersionedBody<ContactLogDraft> change = VersionedBody.read(mapper, body, ifMatch, ContactLogDraft.class);
        ContactLogDraft d = change.value();
        ContactLogDraft onItsAccount = new ContactLogDraft(log.find(id).accountKey(), d.contactKey(), d.type(),
                d.occurredAt(), d.summary(), d.outcome(), d.nextStep(), d.attachmentUrl(), d.complaintStatus(),
                d.completesTaskId(), d.taskOutcome());
        ContactLogEntry entry = log.edit(id, change.version(), onItsAccount, CrmPrincipal.of(security));
        return VersionedResponse.ok(entry.version(), entry);
    }

    @PUT
    @Path("{id}/status")
    @RolesAllowed({REP, ADMIN})
    public Response status(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, StatusChange body,
            @Context SecurityContext security) {
        if (body == null) {
            throw new ValidationException("body", "is required: status, version");
        }
        Long version = Params.ifMatch(ifMatch) != null ? Params.ifMatch(ifMatch) : body.version();
        if (version == null) {
            throw new ValidationException("version", "is required, in the body or as If-Match");
        }
        ContactLogEntry entry = log.setComplaintStatus(id, version, body.status(), CrmPrincipal.of(security));
        return VersionedResponse.ok(entry.version(), entry);
    }

    /** Soft delete (author or admin): the entry leaves the log, its history stays. */
    @DELETE
    @Path("{id}")
    @RolesAllowed({REP, ADMIN})
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        log.delete(id, CrmPrincipal.of(security));
        return Response.noContent().build();
    }

    private static String required(String account) {
        if (account == null || account.isBlank()) {
            throw new ValidationException("account", "is required: the account's customer key");
        }
        return account.strip();
    }
}
