package kr.crm.security.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.AccountScope;
import kr.crm.api.security.AccountVisibility;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;
import kr.crm.api.store.StoredUser;
import kr.crm.api.store.TeamStore;
import kr.crm.api.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Turns a user's roles and team into the accounts he or she may see (decision 190): an admin every account, a viewer
 * (read-only, phones and e-mails masked) every account too, a manager those of the team's members, a rep his or her
 * own and those with an open task assigned to him or her; the last two also the unowned pool if configured. Reads the team at every
 * call: nothing is cached, so a change of team counts on every node at once.
 */
@Component(service = AccountVisibility.class, configurationPid = "kr.crm.security.scope")
@Designate(ocd = ScopeConfig.class)
public final class ScopedVisibility implements AccountVisibility {
    private static final Pattern TEAM = Pattern.compile("[\\p{L}\\p{N} ._()-]{1,64}");

    private final TeamStore teams;
    private final UserStore users;
    private final boolean unownedVisible;

    @Activate
    public ScopedVisibility(@Reference TeamStore teams, @Reference UserStore users, ScopeConfig config) {
        this.teams = teams;
        this.users = users;
        this.unownedVisible = config.unownedVisible();
    }

    @Override
    public AccountScope scopeOf(CrmUser user) {
        return scope(user.username(), user.roles());
    }

    @Override
    public AccountScope scopeOf(String username) {
        Set<String> roles = users.findUser(username).filter(StoredUser::enabled).map(StoredUser::roles)
                .orElse(Set.of(CrmRoles.REP));
        return scope(username, roles);
    }

    @Override
    public Set<String> visible(CrmUser user, Collection<String> keys) {
        return teams.visibleKeys(scopeOf(user), keys);
    }

    @Override
    public Optional<String> teamOf(String username) {
        return teams.teamOf(username);
    }

    @Override
    public void setTeam(String username, String team, String byUser) {
        UserRules.username(username);
        String t = team == null || team.isBlank() ? null : team.strip();
        if (t != null && !TEAM.matcher(t).matches()) {
            throw new ValidationException("team", "must be 1-64 letters, digits, spaces or . _ ( ) -");
        }
        teams.setTeam(username, t, byUser);
    }

    private AccountScope scope(String username, Set<String> roles) {
        boolean works = roles.contains(CrmRoles.REP) || roles.contains(CrmRoles.MANAGER);
        if (roles.contains(CrmRoles.ADMIN) || !works && roles.contains(CrmRoles.VIEWER)) {
            return AccountScope.everything();
        }
        Set<String> owners = new HashSet<>();
        owners.add(username);
        if (roles.contains(CrmRoles.MANAGER)) {
            teams.teamOf(username).ifPresent(team -> owners.addAll(teams.members(team)));
        }
        return new AccountScope(false, username, owners, unownedVisible);
    }
}
