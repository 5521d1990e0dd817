package kr.crm.rest.internal;

import kr.crm.api.security.AccountVisibility;
import static kr.crm.api.security.CrmRoles.ADMIN;
import static kr.crm.api.security.CrmRoles.REP;
import static kr.crm.api.security.CrmRoles.VIEWER;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.RoleChange;
import kr.crm.api.security.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/users} (admins) and {@code /api/v1/me} (everyone signed in). */
@Component(service = UserResource.class)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public final class UserResource {
    private final UserDirectory directory;
    private final AccountVisibility visibility;

    /** Body of a user save; {@code password} may be left out to keep the current one. */
    public record UserBody(String displayName, Set<String> roles, String password) {
    }

    /** Body of a token request. */
    public record TokenBody(String label) {
    }

    /** A user's team: a manager sees the accounts every member owns (decision 190). */
    public record TeamBody(String team) {
    }

    @Activate
    public UserResource(@Reference UserDirectory directory, @Reference AccountVisibility visibility) {
        this.directory = directory;
        this.visibility = visibility;
    }

    @GET
    @Path("me")
    @RolesAllowed({VIEWER, REP, ADMIN})
    public CrmUser me(@Context SecurityContext security) {
        return CrmPrincipal.of(security);
    }

    @GET
    @Path("users")
    public List<CrmUser> users() {
        return directory.listUsers();
    }

    @PUT
    @Path("users/{username}")
    public CrmUser save(@PathParam("username") String username, UserBody body, @Context SecurityContext security) {
        UserBody b = body == null ? new UserBody(null, null, null) : body;
        return directory.saveUser(username, b.displayName(), b.roles(),
                b.password() == null ? null : b.password().toCharArray(), CrmPrincipal.of(security).username());
    }

    /**
     * A user's login lock and permission history (roles granted and revoked, locks and unlocks, changes of team),
     * newest first.
     */
    @GET
    @Path("users/{username}/permissions")
    public Permissions permissions(@PathParam("username") String username, @QueryParam("limit") String limit) {
        List<RoleChange> history = directory.history(username, Params.integer("limit", limit, 200));
        return new Permissions(username,
                directory.lockedSince(username).orElse(null), history);
    }

    /** Lifts a login lock: 200 with {@code unlocked} false if the user was not locked. */
    @POST
    @Path("users/{username}/unlock")
    public Map<String, Boolean> unlock(@PathParam("username") String username, @Context SecurityContext security) {
        return Map.of("unlocked", directory.unlock(username, CrmPrincipal.of(security).username()));
    }

    @GET
    @Path("users/{username}/team")
    public TeamBody team(@PathParam("username") String username) {
        return new TeamBody(visibility.teamOf(username).orElse(null));
    }

    /** Puts the user in a team; {@code {"team":null}} takes him or her out. */
    @PUT
    @Path("users/{username}/team")
    public TeamBody setTeam(@PathParam("username") String username, TeamBody body,
            @Context SecurityContext security) {
        visibility.setTeam(username, body == null ? null : body.team(), CrmPrincipal.of(security).username());
        return team(username);
    }

    /** A user's lock and permission history. */
    public record Permissions(String username, Instant lockedSince, List<RoleChange> history) {
    }

    @POST
    @Path("users/{username}/tokens")
    public Response issueToken(@PathParam("username") String username, TokenBody body) {
        String token = directory.issueToken(username, body == null ? null : body.label());
        return Response.status(Response.Status.CREATED).entity(Map.of("token", token)).build();
    }
}
