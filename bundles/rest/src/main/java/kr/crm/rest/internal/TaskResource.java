package kr.crm.rest.internal;

import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.time.LocalDate;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.common.ForbiddenException;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.AccountScope;
import kr.crm.api.security.AccountVisibility;
import kr.crm.api.task.SweepResult;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskOutcome;
import kr.crm.api.task.TaskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/tasks}: reps' open tasks, an account's tasks, and completing one with its outcome. */
@Component(service = TaskResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({VIEWER, REP, ADMIN})
public final class TaskResource {
    private final TaskService tasks;
    private final AccountVisibility visibility;

    /** Body of a completion. */
    public record Completion(Long version, TaskOutcome outcome, String note) {
    }

    @Activate
    public TaskResource(@Reference TaskService tasks, @Reference AccountVisibility visibility) {
        this.tasks = tasks;
        this.visibility = visibility;
    }

    /**
     * {@code rep} (a user name or {@code me}): open tasks due by {@code until} (default today);
     * {@code overdue=true}: open tasks due before today; {@code status=DONE}: tasks done since
     * {@code since} (default 30 days back), latest first. Or every task of {@code account}. A rep lists his or her
     * own, a manager those of the team too, an admin and a viewer anyone's (decision 226).
     */
    @GET
    @Scoped(query = "account", what = "account")
    public List<Task> list(@QueryParam("rep") String rep, @QueryParam("until") String until,
            @QueryParam("account") String account, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue, @QueryParam("since") String since,
            @Context SecurityContext security) {
        if (account != null && !account.isBlank()) {
            return tasks.tasksOfAccount(account.strip());
        }
        if (rep == null || rep.isBlank()) {
            throw new ValidationException("rep", "is required: a user name or 'me' (or give 'account')");
        }
        String who = "me".equals(rep) ? CrmPrincipal.of(security).username() : rep.strip();
        AccountScope scope = visibility.scopeOf(CrmPrincipal.of(security));
        if (!scope.all() && !scope.owners().contains(who)) {
            throw new ForbiddenException("the tasks of " + who + " are not yours or your team's to list");
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
        String wanted = status == null || status.isBlank() ? "OPEN" : status.strip();
        if (wanted.equals("DONE")) {
            return tasks.doneTasksOf(who, since == null ? null : Params.date("since", since));
        }
        if (!wanted.equals("OPEN")) {
            throw new ValidationException("status", "must be OPEN or DONE");
        }
        if ("true".equals(overdue)) {
            return tasks.openTasksOf(who, today.minusDays(1));
        }
        return tasks.openTasksOf(who, until == null ? today : Params.date("until", until));
    }

    /** Open tasks escalated for being overdue, earliest due first. */
    @GET
    @Path("escalated")
    @RolesAllowed(ADMIN)
    public List<Task> escalated() {
        return tasks.escalatedTasks();
    }

    /** Runs the sweep now: escalates overdue tasks, plans for graded accounts without a task of their plan. */
    @POST
    @Path("sweep")
    @RolesAllowed(ADMIN)
    public SweepResult sweep() {
        return tasks.sweep();
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({REP, ADMIN})
    public Task complete(@PathParam("id") String id, Completion body, @Context SecurityContext security) {
        if (body == null) {
            throw new ValidationException("body", "is required: version, outcome, note");
        }
        if (body.version() == null) {
            throw new ValidationException("version", "is required: the version the task was read at");
        }
        Task task = tasks.find(id).orElseThrow(() -> new NotFoundException("task " + id));
        new ScopeCheck(visibility).require(security, task.accountKey(), "task " + id);
        return tasks.complete(id, body.version(), body.outcome(), body.note(), CrmPrincipal.of(security).username());
    }
}
