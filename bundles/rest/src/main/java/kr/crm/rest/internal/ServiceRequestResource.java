package kr.crm.rest.internal;

import kr.crm.api.security.AccountVisibility;
import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.util.List;
import java.util.Locale;
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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.Attachment;
import kr.crm.api.service.AttachmentInfo;
import kr.crm.api.service.RequestChange;
import kr.crm.api.service.RequestQuery;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.ServiceRequest;
import kr.crm.api.service.ServiceRequestDraft;
import kr.crm.api.service.ServiceRequestService;
import kr.crm.api.service.SlaSweepResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/service-requests}: service requests of a customer or by status and type, intake by staff, the
 * status flow, assignment, replies and notes, the history, escalations and the SLA sweep.
 */
@Component(service = ServiceRequestResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path(ServiceRequestResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
public final class ServiceRequestResource {
    static final String PATH = "v1/service-requests";

    private final ServiceRequestService requests;

    /** Body of a status move. */
    public record StatusChange(RequestStatus status, String comment, Long version) {
    }

    /** Body of an assignment. */
    public record Assignment(String assignee, String team, String comment, Long version) {
    }

    /** Body of a classification: a topic code of {@code GET topics}, or null to clear it. */
    public record Topic(String topic, Long version) {
    }

    /** Body of a reply to the customer ({@code toCustomer}) or an internal note. */
    public record Comment(String text, Boolean toCustomer) {
    }

    private final ScopeCheck scope;

    @Activate
    public ServiceRequestResource(@Reference ServiceRequestService requests, @Reference AccountVisibility visibility) {
        this.requests = requests;
        this.scope = new ScopeCheck(visibility);
    }

    /**
     * Whether the request names the caller as its assignee. An assigned open request shows its account to the
     * assignee (decision 190), so a caller may take one on at intake only for an account he may already see; intake
     * for others stays open to the desk (decision 192).
     */
    private static boolean isCaller(String assignee, SecurityContext security) {
        return assignee != null && assignee.strip().equalsIgnoreCase(CrmPrincipal.of(security).username());
    }

    /**
     * Reads and changes of a request answer 404 unless the caller may see its account or is its assignee, whatever
     * its status (decisions 192, 270).
     */
    private ServiceRequest visible(String id, SecurityContext security) {
        ServiceRequest r = requests.find(id);
        if (!isCaller(r.assignee(), security)) {
            scope.require(security, r.accountKey(), "service request " + id);
        }
        return r;
    }

    /**
     * {@code ?account=KEY[&open=true]}: a customer's requests; else the work queue by {@code status}, {@code type},
     * {@code assignee}, {@code team} and {@code open}, paged: those on accounts the caller may see and those assigned to
     * him (decision 270).
     */
    @GET
    @Scoped(query = "account", what = "account")
    public Object list(@QueryParam("account") String account, @QueryParam("open") String open,
            @QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("assignee") String assignee, @QueryParam("team") String team, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security) {
        if (account != null && !account.isBlank()) {
            return requests.requestsOf(account.strip(), flag("open", open));
        }
        return requests.search(new RequestQuery(status(status), type, assignee, team, flag("open", open),
                scope.scopeOf(security)), Params.page(page, size));
    }

    /** The topic codes requests can be filed under. */
    @GET
    @Path("topics")
    public List<String> topics() {
        return requests.topics();
    }

    @POST
    @RolesAllowed({REP, ADMIN})
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, ServiceRequestDraft draft,
            @Context SecurityContext security, @Context UriInfo uri) {
        if (draft != null && draft.accountKey() != null && isCaller(draft.assignee(), security)) {
            scope.require(security, draft.accountKey().strip(), "account " + draft.accountKey().strip());
        }
        ServiceRequest r = requests.create(draft, idempotencyKey, CrmPrincipal.of(security));
        return VersionedResponse.created(uri, PATH, r.id(), r.version(), r);
    }

    @GET
    @Path("escalated")
    @RolesAllowed({REP, ADMIN})
    public List<ServiceRequest> escalated(@Context SecurityContext security) {
        return scope.visibleOnly(security, requests.escalated(), ServiceRequest::accountKey,
                r -> isCaller(r.assignee(), security));
    }

    @POST
    @Path("sweep")
    @RolesAllowed(ADMIN)
    public SlaSweepResult sweep() {
        return requests.sweep();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        ServiceRequest r = visible(id, security);
        return VersionedResponse.ok(r.version(), r);
    }

    @GET
    @Path("{id}/history")
    public List<RequestChange> history(@PathParam("id") String id, @Context SecurityContext security) {
        visible(id, security);
        return requests.historyOf(id);
    }

    @GET
    @Path("{id}/attachments")
    public List<AttachmentInfo> attachments(@PathParam("id") String id, @Context SecurityContext security) {
        visible(id, security);
        return requests.attachmentsOf(id);
    }

    /** The file itself, as a download (never rendered inline: it came from the public portal). */
    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId,
            @Context SecurityContext security) {
        visible(id, security);
        Attachment a = requests.attachment(id, attachmentId);
        return Response.ok(a.data(), a.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(a.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @PUT
    @Path("{id}/status")
    @RolesAllowed({REP, ADMIN})
    public Response status(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, StatusChange body,
            @Context SecurityContext security) {
        if (body == null) {
            throw new ValidationException("body", "is required: status, comment, version");
        }
        visible(id, security);
        ServiceRequest r = requests.changeStatus(id, version(ifMatch, body.version()), body.status(), body.comment(),
                CrmPrincipal.of(security));
        return VersionedResponse.ok(r.version(), r);
    }

    @PUT
    @Path("{id}/assignment")
    @RolesAllowed({REP, ADMIN})
    public Response assign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Assignment body,
            @Context SecurityContext security) {
        if (body == null) {
            throw new ValidationException("body", "is required: assignee, team, comment, version");
        }
        visible(id, security);
        ServiceRequest r = requests.assign(id, version(ifMatch, body.version()), body.assignee(), body.team(),
                body.comment(), CrmPrincipal.of(security));
        return VersionedResponse.ok(r.version(), r);
    }

    @PUT
    @Path("{id}/topic")
    @RolesAllowed({REP, ADMIN})
    public Response classify(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Topic body,
            @Context SecurityContext security) {
        if (body == null) {
            throw new ValidationException("body", "is required: topic, version");
        }
        visible(id, security);
        ServiceRequest r = requests.classify(id, version(ifMatch, body.version()), body.topic(),
                CrmPrincipal.of(security));
        return VersionedResponse.ok(r.version(), r);
    }

    @POST
    @Path("{id}/comments")
    @RolesAllowed({REP, ADMIN})
    public Response comment(@PathParam("id") String id, Comment body, @Context SecurityContext security) {
        if (body == null) {
            throw new ValidationException("body", "is required: text, toCustomer");
        }
        visible(id, security);
        ServiceRequest r = requests.comment(id, body.text(), Boolean.TRUE.equals(body.toCustomer()),
                CrmPrincipal.of(security));
        return VersionedResponse.ok(r.version(), r);
    }

    private static long version(String ifMatch, Long bodyVersion) {
        Long version = Params.ifMatch(ifMatch) != null ? Params.ifMatch(ifMatch) : bodyVersion;
        if (version == null) {
            throw new ValidationException("version", "is required, in the body or as If-Match");
        }
        return version;
    }

    private static RequestStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RequestStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "must be one of RECEIVED, ASSIGNED, IN_PROGRESS, "
                    + "WAITING_FOR_CUSTOMER, RESOLVED, CLOSED");
        }
    }

    private static boolean flag(String field, String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new ValidationException(field, "must be true or false");
    }
}
