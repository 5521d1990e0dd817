package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.campaign.PostalList;
import kr.crm.api.campaign.PostalLists;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.AccountVisibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/postal-lists/segments/{id}}: the postal DM list of a segment as JSON (with what was left out and
 * why), {@code format=csv|xlsx} (an export) or {@code format=labels} (a printable A4 label sheet, logged as a print);
 * files and sheets need a reason, like every export of personal data.
 */
@Component(service = PostalListResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/postal-lists")
@Produces({MediaType.APPLICATION_JSON, "text/csv", ReportExport.XLSX, MediaType.TEXT_HTML})
@RolesAllowed({REP, ADMIN})
public final class PostalListResource {
    private final PostalLists lists;
    private final AccountVisibility visibility;

    @Activate
    public PostalListResource(@Reference PostalLists lists, @Reference AccountVisibility visibility) {
        this.lists = lists;
        this.visibility = visibility;
    }

    @GET
    @Path("segments/{id}")
    public Response ofSegment(@PathParam("id") String id, @QueryParam("format") String format,
            @Context SecurityContext security) {
        String f = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("json", "csv", "xlsx", "labels").contains(f)) {
            throw new ValidationException("format", "must be json, csv, xlsx or labels");
        }
        PostalList list = lists.ofSegment(segment(id), visibility.scopeOf(CrmPrincipal.of(security)));
        if (f.equals("json")) {
            return Response.ok(list, MediaType.APPLICATION_JSON).build();
        }
        ReportTable table = table(list);
        return f.equals("labels") ? Response.ok(new ReportDownload(table, f), LabelSheet.MEDIA_TYPE).build()
                : ReportExport.of(table, f);
    }

    private static long segment(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("segment " + id);
        }
    }

    private static ReportTable table(PostalList list) {
        List<List<Object>> rows = new ArrayList<>();
        list.recipients().forEach(r -> rows.add(List.of(r.customerKey(), r.name(), r.kind(), r.postalCode(),
                r.address(), r.honorific())));
        return new ReportTable("postal-list-" + list.segmentId(), List.of("customerKey", "name", "kind", "postalCode",
                "address", "honorific"), rows);
    }
}
