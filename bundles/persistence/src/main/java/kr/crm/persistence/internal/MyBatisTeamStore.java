package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.security.AccountScope;
import kr.crm.api.security.RoleChange;
import kr.crm.api.store.TeamStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TeamStore.class)
public final class MyBatisTeamStore implements TeamStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisTeamStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<String> teamOf(String username) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(TeamMapper.class).teamOf(username)));
    }

    @Override
    public Set<String> members(String team) {
        return Set.copyOf(sessions.read(s -> s.getMapper(TeamMapper.class).members(team)));
    }

    @Override
    public boolean setTeam(String username, String team, String byUser) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return sessions.inTransaction(s -> {
            TeamMapper m = s.getMapper(TeamMapper.class);
            if (Objects.equals(m.lockTeamOf(username), team)) {
                return false;
            }
            if (team == null) {
                m.removeTeam(username);
            } else {
                m.setTeam(username, team, now);
            }
            s.getMapper(UserMapper.class).insertChanges(List.of(new RoleChange(username, null, team,
                    RoleChange.Kind.TEAM, byUser, now)));
            return true;
        });
    }

    @Override
    public Set<String> visibleKeys(AccountScope scope, Collection<String> keys) {
        if (keys.size() == 1) {
            String key = keys.iterator().next();
            List<AccountFacts> accounts = sessions.read(s -> s.getMapper(TeamMapper.class).accountOf(key,
                    scope.user()));
            return accounts.stream().anyMatch(a -> scope.admits(a.owner(), a.assigned())) ? Set.of(key) : Set.of();
        }
        Set<String> visible = new LinkedHashSet<>();
        for (List<String> chunk : Chunks.of(new LinkedHashSet<>(keys))) {
            visible.addAll(sessions.read(s -> s.getMapper(TeamMapper.class).visibleKeys(scope, chunk)));
        }
        return visible;
    }
}
