package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.net.URI;
import java.util.List;
import java.util.Set;
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
import kr.crm.api.campaign.BounceReport;
import kr.crm.api.campaign.Campaign;
import kr.crm.api.campaign.CampaignCounts;
import kr.crm.api.campaign.CampaignDraft;
import kr.crm.api.campaign.CampaignRecipient;
import kr.crm.api.campaign.CampaignService;
import kr.crm.api.campaign.SendLogEntry;
import kr.crm.api.common.Page;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.AccountVisibility;
import kr.crm.api.security.CrmUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/campaigns}: create (reps, admins), list and read, launch (freezes the recipients), pause (the kill
 * switch) and resume; delivery, opens, clicks and bounces per campaign and per recipient; and for any message why
 * it was lawful to send.
 */
@Component(service = CampaignResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
public final class CampaignResource {
    private final CampaignService campaigns;
    private final AccountVisibility visibility;
    private final ScopeCheck scope;

    /**
     * Why the messages to one recipient were lawful: the basis found at launch and every send log entry; and the
     * delivery status notifications that came back for it (permanent and transient), oldest first.
     */
    public record Lawfulness(CampaignRecipient recipient, List<SendLogEntry> sendLog, List<BounceReport> bounces) {
    }

    @Activate
    public CampaignResource(@Reference CampaignService campaigns, @Reference AccountVisibility visibility) {
        this.campaigns = campaigns;
        this.visibility = visibility;
        this.scope = new ScopeCheck(visibility);
    }

    @POST
    @RolesAllowed({REP, ADMIN})
    public Response create(CampaignDraft draft, @Context SecurityContext security) {
        Campaign c = campaigns.create(draft, CrmPrincipal.of(security));
        return Response.created(URI.create("v1/campaigns/" + c.id())).entity(c).build();
    }

    @GET
    public List<Campaign> list(@QueryParam("limit") String limit) {
        return campaigns.list(Params.integer("limit", limit, 50));
    }

    @GET
    @Path("{id}")
    public Campaign get(@PathParam("id") String id) {
        return campaigns.get(id("id", id));
    }

    @POST
    @Path("{id}/launch")
    @RolesAllowed({REP, ADMIN})
    public Campaign launch(@PathParam("id") String id, @Context SecurityContext security) {
        return campaigns.launch(id("id", id), CrmPrincipal.of(security));
    }

    @POST
    @Path("{id}/pause")
    @RolesAllowed({REP, ADMIN})
    public Campaign pause(@PathParam("id") String id, @Context SecurityContext security) {
        return campaigns.pause(id("id", id), CrmPrincipal.of(security));
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed({REP, ADMIN})
    public Campaign resume(@PathParam("id") String id, @Context SecurityContext security) {
        return campaigns.resume(id("id", id), CrmPrincipal.of(security));
    }

    @GET
    @Path("{id}/counts")
    public CampaignCounts counts(@PathParam("id") String id) {
        return campaigns.counts(id("id", id));
    }

    @GET
    @Path("{id}/recipients")
    @RolesAllowed({REP, ADMIN})
    public Page<CampaignRecipient> recipients(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security) {
        Page<CampaignRecipient> all = campaigns.recipients(id("id", id), Params.page(page, size));
        CrmUser user = CrmPrincipal.of(security);
        if (visibility.scopeOf(user).all()) {
            return all;
        }
        // the recipients of accounts the caller may see; the total stays the campaign's (an aggregate, decision 225)
        Set<String> visible = visibility.visible(user, all.items().stream().map(CampaignRecipient::customerKey)
                .filter(java.util.Objects::nonNull).toList());
        return new Page<>(all.items().stream().filter(r -> visible.contains(r.customerKey())).toList(), all.page(),
                all.size(), all.total());
    }

    @GET
    @Path("{id}/recipients/{recipient}/why")
    @RolesAllowed({REP, ADMIN})
    public Lawfulness why(@PathParam("id") String id, @PathParam("recipient") String recipient,
            @Context SecurityContext security) {
        long c = id("id", id);
        long r = id("recipient", recipient);
        CampaignRecipient who = campaigns.recipient(c, r);
        scope.require(security, who.customerKey(), "recipient " + r);
        return new Lawfulness(who, campaigns.sendLog(c, r), campaigns.bounces(c, r));
    }

    @GET
    @Path("{id}/bounces")
    @RolesAllowed({REP, ADMIN})
    public List<BounceReport> bounces(@PathParam("id") String id, @QueryParam("limit") String limit) {
        return campaigns.bounces(id("id", id), Params.integer("limit", limit, 100));
    }

    private static long id(String field, String value) {
        try {
            long n = Long.parseLong(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // answered below
        }
        throw new ValidationException(field, "must be a whole number from 1");
    }
}
