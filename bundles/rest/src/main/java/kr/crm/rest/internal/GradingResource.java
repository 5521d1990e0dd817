package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.common.ValidationException;
import kr.crm.api.grade.DryRun;
import kr.crm.api.grade.GradeService;
import kr.crm.api.grade.GradingPolicies;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.grade.RegradeResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/grading}: the versioned grading policy, its dry-run, and a re-grade now (admins). */
@Component(service = GradingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/grading")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public final class GradingResource {
    private final GradingPolicies policies;
    private final GradeService grades;

    @Activate
    public GradingResource(@Reference GradingPolicies policies, @Reference GradeService grades) {
        this.policies = policies;
        this.grades = grades;
    }

    @GET
    @Path("policy")
    @RolesAllowed({VIEWER, REP, ADMIN})
    public Response policy() {
        GradingPolicy current = policies.current();
        return VersionedResponse.ok(current.version(), current);
    }

    /** Saves a new version; the body's {@code version} is the version read (409 if another was saved since). */
    @PUT
    @Path("policy")
    public Response save(GradingPolicy draft, @Context SecurityContext security) {
        GradingPolicy saved = policies.save(required(draft), CrmPrincipal.of(security).username());
        return VersionedResponse.ok(saved.version(), saved);
    }

    @POST
    @Path("policy/dry-run")
    public DryRun dryRun(GradingPolicy draft) {
        return policies.dryRun(required(draft));
    }

    /** Re-grades every account now; {@code ran} is false if a run was under way (here or on another node). */
    @POST
    @Path("run")
    public RegradeResult run() {
        return grades.regradeAll();
    }

    private static GradingPolicy required(GradingPolicy draft) {
        if (draft == null) {
            throw new ValidationException("body", "is required: a grading policy");
        }
        return draft;
    }
}
