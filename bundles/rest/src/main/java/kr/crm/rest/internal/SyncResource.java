package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.ForbiddenException;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.security.CrmUser;
import kr.crm.api.sync.AddressBook;
import kr.crm.api.sync.ContactSync;
import kr.crm.api.sync.SyncRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/sync/addressbooks}: the CardDAV address books, their runs and a run now. An admin
 * sees and runs every book; a rep only the books whose owner rep they are.
 */
@Component(service = SyncResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/sync/addressbooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({REP, ADMIN})
public final class SyncResource {
    private final ContactSync sync;

    @Activate
    public SyncResource(@Reference ContactSync sync) {
        this.sync = sync;
    }

    @GET
    public List<AddressBook> list(@Context SecurityContext security) {
        CrmUser user = CrmPrincipal.of(security);
        return sync.addressBooks().stream().filter(b -> mayUse(user, b)).toList();
    }

    @GET
    @Path("{name}")
    public AddressBook get(@PathParam("name") String name, @Context SecurityContext security) {
        return allowed(name, security);
    }

    @GET
    @Path("{name}/runs")
    public List<SyncRun> runs(@PathParam("name") String name, @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        allowed(name, security);
        return sync.runs(name, limit(limit));
    }

    @POST
    @Path("{name}/runs")
    public SyncRun runNow(@PathParam("name") String name, @Context SecurityContext security) {
        allowed(name, security);
        return sync.runNow(name, CrmPrincipal.of(security).username());
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 20;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new kr.crm.api.common.ValidationException("limit", "must be a whole number 1-200");
        }
    }

    private AddressBook allowed(String name, SecurityContext security) {
        AddressBook book = sync.addressBook(name).orElseThrow(() -> new NotFoundException("address book " + name));
        if (!mayUse(CrmPrincipal.of(security), book)) {
            throw new ForbiddenException();
        }
        return book;
    }

    private static boolean mayUse(CrmUser user, AddressBook book) {
        return user.roles().contains(ADMIN) || user.username().equals(book.ownerRep());
    }
}
