package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.time.LocalDate;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.grade.AccountGrade;
import kr.crm.api.grade.Grade;
import kr.crm.api.grade.GradeChange;
import kr.crm.api.grade.GradeService;
import kr.crm.api.grade.RegradeResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/accounts/{key}/grade}: an account's grade with its reasons, history and override. */
@Component(service = AccountGradeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/accounts/{key}/grade")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
@Scoped(path = "key", what = "account")
public final class AccountGradeResource {
    private final GradeService grades;

    /** Body of an override. */
    public record OverrideBody(Grade grade, String reason, LocalDate expiresOn) {
    }

    @Activate
    public AccountGradeResource(@Reference GradeService grades) {
        this.grades = grades;
    }

    @GET
    public AccountGrade grade(@PathParam("key") String key) {
        return grades.gradeOf(key).orElseThrow(() -> new NotFoundException("grade of account " + key));
    }

    @GET
    @Path("history")
    public List<GradeChange> history(@PathParam("key") String key) {
        return grades.historyOf(key);
    }

    /**
     * Re-grades this account now, as an order arriving for it would (scored against the RFM cut
     * points of the last full run; without them, a full run); answers what the run did and how long
     * it took, {@code ran} false if a full run elsewhere held the lease.
     */
    @POST
    @Path("run")
    @RolesAllowed({REP, ADMIN})
    public RegradeResult regrade(@PathParam("key") String key) {
        RegradeResult result = grades.regrade(List.of(key));
        if (result.ran() && result.accounts() == 0) {
            throw new NotFoundException("account " + key);
        }
        return result;
    }

    @PUT
    @Path("override")
    @RolesAllowed({REP, ADMIN})
    public AccountGrade override(@PathParam("key") String key, OverrideBody body, @Context SecurityContext security) {
        if (body == null) {
            throw new ValidationException("body", "is required: grade, reason, expiresOn");
        }
        return grades.override(key, body.grade(), body.reason(), body.expiresOn(),
                CrmPrincipal.of(security).username());
    }

    @DELETE
    @Path("override")
    @RolesAllowed({REP, ADMIN})
    public AccountGrade removeOverride(@PathParam("key") String key, @Context SecurityContext security) {
        return grades.removeOverride(key, CrmPrincipal.of(security).username());
    }
}
