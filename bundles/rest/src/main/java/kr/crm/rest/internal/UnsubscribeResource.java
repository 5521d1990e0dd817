package kr.crm.rest.internal;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import kr.crm.api.campaign.Unsubscribe;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/unsubscribe?t=…}, no login: the one-click unsubscribe of advertising e-mails (RFC 8058). A POST (what
 * mail programs send for {@code List-Unsubscribe-Post}, and the page's button) records the opt-out; a GET only shows
 * the button, because link scanners follow GETs.
 */
@Component(service = UnsubscribeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/unsubscribe")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@PermitAll
public final class UnsubscribeResource {
    private final Unsubscribe unsubscribe;

    @Activate
    public UnsubscribeResource(@Reference Unsubscribe unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @GET
    public String page(@QueryParam("t") String token) {
        return "<!doctype html><html lang=\"ko\"><meta charset=\"utf-8\"><title>수신거부</title>"
                + "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<p>광고성 이메일 수신을 거부하시겠습니까?</p><button type=\"submit\">수신거부</button></form></html>";
    }

    @POST
    public String unsubscribe(@QueryParam("t") String token) {
        unsubscribe.unsubscribe(token);
        return "<!doctype html><html lang=\"ko\"><meta charset=\"utf-8\"><title>수신거부</title>"
                + "<p>수신거부가 처리되었습니다. 처리 결과는 이메일로 알려드립니다.</p></html>";
    }
}
