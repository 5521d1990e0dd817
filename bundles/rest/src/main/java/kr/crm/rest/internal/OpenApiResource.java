package kr.crm.rest.internal;

import java.io.InputStream;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The OpenAPI 3 description of this API at {@code /api/openapi.json}. Public: it describes the
 * API, not its data. Kept beside the resources and checked against them by a test.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("openapi.json")
public final class OpenApiResource {

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public InputStream description() {
        return OpenApiResource.class.getResourceAsStream("openapi.json");
    }
}
