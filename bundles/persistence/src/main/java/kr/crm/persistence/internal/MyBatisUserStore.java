package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.security.RoleChange;
import kr.crm.api.store.StoredUser;
import kr.crm.api.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = UserStore.class)
public final class MyBatisUserStore implements UserStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisUserStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean insertUser(StoredUser user) {
        return sessions.insertOnce(s -> s.getMapper(UserMapper.class).insertUser(user));
    }

    @Override
    public boolean updateUser(StoredUser user) {
        return sessions.inTransaction(s -> s.getMapper(UserMapper.class).updateUser(user) == 1);
    }

    @Override
    public Optional<StoredUser> findUser(String username) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(UserMapper.class).findUser(username)));
    }

    @Override
    public List<StoredUser> listUsers() {
        return sessions.read(s -> s.getMapper(UserMapper.class).listUsers());
    }

    @Override
    public boolean insertUser(StoredUser user, List<RoleChange> changes) {
        return sessions.insertOnce(s -> {
            UserMapper m = s.getMapper(UserMapper.class);
            int n = m.insertUser(user);
            record(m, changes);
            return n;
        });
    }

    @Override
    public boolean updateUser(StoredUser user, List<RoleChange> changes) {
        return sessions.inTransaction(s -> {
            UserMapper m = s.getMapper(UserMapper.class);
            if (m.updateUser(user) != 1) {
                return false;
            }
            record(m, changes);
            return true;
        });
    }

    @Override
    public int recordFailedLogin(String username, int lockAfter, Instant at) {
        return sessions.inTransaction(s -> {
            UserMapper m = s.getMapper(UserMapper.class);
            Map<String, Object> before = m.loginState(username);
            if (before == null || m.countFailure(username, lockAfter, at) != 1) {
                return 0;
            }
            Map<String, Object> after = m.loginState(username);
            if (before.get("lockedAt") == null && after.get("lockedAt") != null) {
                m.insertChanges(List.of(new RoleChange(username, null, RoleChange.Kind.LOCKED, "system", at)));
            }
            return (int) GradeRows.number(after.get("failures"));
        });
    }

    @Override
    public void clearFailedLogins(String username) {
        sessions.inTransaction(s -> s.getMapper(UserMapper.class).clearFailures(username));
    }

    @Override
    public LoginState loginState(String username) {
        Map<String, Object> state = sessions.read(s -> s.getMapper(UserMapper.class).loginState(username));
        return state == null ? LoginState.CLEAR : new LoginState((int) GradeRows.number(state.get("failures")),
                GradeRows.instant(state.get("lockedAt")));
    }

    @Override
    public boolean unlock(String username, String by, Instant at) {
        return sessions.inTransaction(s -> {
            UserMapper m = s.getMapper(UserMapper.class);
            if (m.unlock(username) != 1) {
                return false;
            }
            m.insertChanges(List.of(new RoleChange(username, null, RoleChange.Kind.UNLOCKED, by, at)));
            return true;
        });
    }

    @Override
    public List<RoleChange> roleHistory(String username, int limit) {
        return sessions.read(s -> s.getMapper(UserMapper.class).history(username, limit)).stream()
                .map(r -> new RoleChange((String) r.get("username"), (String) r.get("role"), (String) r.get("team"),
                        RoleChange.Kind.valueOf((String) r.get("kind")), (String) r.get("byUser"),
                        GradeRows.instant(r.get("at"))))
                .toList();
    }

    private static void record(UserMapper m, List<RoleChange> changes) {
        if (!changes.isEmpty()) {
            m.insertChanges(changes);
        }
    }

    @Override
    public void insertToken(String username, String tokenHash, String label) {
        sessions.inTransaction(s -> s.getMapper(UserMapper.class).insertToken(username, tokenHash, label));
    }

    @Override
    public Optional<StoredUser> findUserByTokenHash(String tokenHash) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(UserMapper.class).findUserByTokenHash(tokenHash)));
    }
}
