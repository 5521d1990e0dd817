package kr.crm.rest.internal;

import java.net.URI;
import java.util.Base64;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Response;
import kr.crm.api.campaign.CampaignTracking;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/track/open?t=…} (a 1x1 GIF) and {@code /api/v1/track/click?t=…} (a 302 to the link signed into the
 * token), no login: what campaign e-mails carry. A forged or cut token is a 400 naming {@code t}.
 */
@Component(service = TrackingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/track")
@PermitAll
public final class TrackingResource {
    private static final byte[] PIXEL = Base64.getDecoder()
            .decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    private final CampaignTracking tracking;

    @Activate
    public TrackingResource(@Reference CampaignTracking tracking) {
        this.tracking = tracking;
    }

    @GET
    @Path("open")
    public Response open(@QueryParam("t") String token) {
        tracking.opened(token);
        CacheControl none = new CacheControl();
        none.setNoStore(true);
        return Response.ok(PIXEL, "image/gif").cacheControl(none).build();
    }

    @GET
    @Path("click")
    public Response click(@QueryParam("t") String token) {
        return Response.status(Response.Status.FOUND).location(URI.create(tracking.clicked(token))).build();
    }
}
