package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.common.ValidationException;
import kr.crm.api.consent.Channel;
import kr.crm.api.consent.ConsentDraft;
import kr.crm.api.consent.ConsentHistory;
import kr.crm.api.consent.ConsentService;
import kr.crm.api.consent.Eligibility;
import kr.crm.api.consent.OptOutDraft;
import kr.crm.api.consent.Reconfirmation;
import kr.crm.api.consent.ReconfirmationRun;
import kr.crm.api.security.AccountVisibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/consents}: recording consents, refusals and opt-outs (reps and admins), a person's consent history,
 * whether an advertising message may go to them now and why, and the re-confirmation run (admins). A consent or
 * refusal is recorded only for a person the caller may see; an opt-out from anyone (decision 228).
 */
@Component(service = ConsentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({REP, ADMIN})
public final class ConsentResource {
    private final ConsentService consents;
    private final Reconfirmation reconfirmation;
    private final ScopeCheck scope;

    @Activate
    public ConsentResource(@Reference ConsentService consents, @Reference Reconfirmation reconfirmation,
            @Reference AccountVisibility visibility) {
        this.consents = consents;
        this.reconfirmation = reconfirmation;
        this.scope = new ScopeCheck(visibility);
    }

    @POST
    public Response record(ConsentDraft draft, @Context SecurityContext security) {
        if (draft != null && draft.subjectKey() != null && !draft.subjectKey().isBlank()) {
            scope.require(security, draft.subjectKey().strip(), "customer " + draft.subjectKey().strip());
        }
        return Response.status(Response.Status.CREATED).entity(consents.record(draft, CrmPrincipal.of(security)))
                .build();
    }

    @POST
    @Path("opt-outs")
    public Response optOut(OptOutDraft draft, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(consents.optOut(draft, CrmPrincipal.of(security)))
                .build();
    }

    @GET
    @Path("{key}")
    @Scoped(path = "key")
    public ConsentHistory history(@PathParam("key") String key) {
        return consents.historyOf(key);
    }

    /** {@code ?channel=SMS&address=010-1234-5678&goods=사무용품&at=2026-11-20T22:00:00+09:00}. */
    @GET
    @Path("{key}/eligibility")
    @Scoped(path = "key")
    public Eligibility eligibility(@PathParam("key") String key, @QueryParam("channel") String channel,
            @QueryParam("address") String address, @QueryParam("goods") String goods, @QueryParam("at") String at) {
        return consents.eligibility(key, channel(channel), address, goods, instant(at));
    }

    @POST
    @Path("reconfirmation")
    @RolesAllowed(ADMIN)
    public ReconfirmationRun reconfirm() {
        return reconfirmation.runNow();
    }

    private static Channel channel(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("channel", "is required: EMAIL, SMS, POST, FAX or PUSH");
        }
        try {
            return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("channel", "must be EMAIL, SMS, POST, FAX or PUSH");
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException("at", "must be a date-time with offset, e.g. 2026-11-20T22:00:00+09:00");
        }
    }
}
