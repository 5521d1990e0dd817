package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonDraft;
import kr.crm.api.customer.ContactPersonService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/contacts/{key}}: one contact person; create them under their account. */
@Component(service = ContactPersonResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path(ContactPersonResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
@Scoped(path = "key", what = "contact person")
public final class ContactPersonResource {
    static final String PATH = "v1/contacts";

    private final ContactPersonService contacts;
    private final ObjectMapper mapper = Json.newMapper();

    @Activate
    public ContactPersonResource(@Reference ContactPersonService contacts) {
        this.contacts = contacts;
    }

    @GET
    @Path("{key}")
    public Response get(@PathParam("key") String key) {
        ContactPerson person = contacts.find(key).orElseThrow(() -> new NotFoundException("contact person " + key));
        return VersionedResponse.ok(person.version(), person);
    }

    @PUT
    @Path("{key}")
    @RolesAllowed({REP, ADMIN})
    public Response update(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, JsonNode body)
            throws JsonProcessingException {
        VersionedBody<ContactPersonDraft> change = VersionedBody.read(mapper, body, ifMatch, ContactPersonDraft.class);
        ContactPerson updated = contacts.update(key, change.version(), change.value());
        return VersionedResponse.ok(updated.version(), updated);
    }

    /** Deletes a contact person; needs the version read, as If-Match. 204, or 409 if it changed since. */
    @DELETE
    @Path("{key}")
    @RolesAllowed({REP, ADMIN})
    public Response delete(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch) {
        Long version = Params.ifMatch(ifMatch);
        if (version == null) {
            throw new ValidationException("version", "is required as If-Match, to detect lost updates");
        }
        contacts.delete(key, version);
        return Response.noContent().build();
    }
}
