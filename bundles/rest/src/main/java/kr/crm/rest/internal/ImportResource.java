package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.order.ImportReport;
import kr.crm.api.order.OrderImport;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/imports/{source}}: a channel's order file, CSV or .xlsx, read by that channel's
 * configured column mapping (factory PID {@code kr.crm.orders.channel}). The body's first bytes
 * tell the format (an .xlsx is a ZIP package), whatever Content-Type it came with. Answers with what
 * went in and the rows that did not, with reasons; a file that cannot be read at all is a 400
 * naming it by the {@code Content-Disposition} file name, if the upload gave one.
 */
@Component(service = ImportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({REP, ADMIN})
public final class ImportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<OrderImport> imports;

    @POST
    @Path("{source}")
    @Consumes({"text/csv", XLSX, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public ImportReport importFile(@PathParam("source") String source,
            @HeaderParam("Content-Disposition") String disposition, InputStream file) throws IOException {
        OrderImport channel = imports.stream().filter(i -> i.source().equals(source)).findFirst()
                .orElseThrow(() -> new NotFoundException("order file layout for source " + source));
        try {
            return channel.importFile(file);
        } catch (ValidationException e) {
            if (!"file".equals(e.field())) {
                throw e;
            }
            String name = Params.fileName(disposition);
            throw new ValidationException("file", (name == null ? "the uploaded file" : name) + " " + e.getMessage());
        }
    }
}
