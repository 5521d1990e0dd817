package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import kr.crm.api.mail.MailOutbox;
import kr.crm.api.mail.QueuedMail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/mail/outbox}: what the CRM sent or still has to send, newest first: state, attempts and the relay's
 * last answer per message, without addresses or texts. Admins only.
 */
@Component(service = MailOutboxResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/mail/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public final class MailOutboxResource {
    private final MailOutbox outbox;

    @Activate
    public MailOutboxResource(@Reference MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** {@code ?category=service.receipt&limit=50}. */
    @GET
    public List<QueuedMail> recent(@QueryParam("category") String category, @QueryParam("limit") String limit) {
        return outbox.recent(category == null || category.isBlank() ? null : category.strip(),
                Params.integer("limit", limit, 50));
    }
}
