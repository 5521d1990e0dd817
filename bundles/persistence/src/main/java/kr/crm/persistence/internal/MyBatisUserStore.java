package kr.crm.persistence.internal;

import java.util.List;
import java.util.Optional;
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
    public void insertToken(String username, String tokenHash, String label) {
        sessions.inTransaction(s -> s.getMapper(UserMapper.class).insertToken(username, tokenHash, label));
    }

    @Override
    public Optional<StoredUser> findUserByTokenHash(String tokenHash) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(UserMapper.class).findUserByTokenHash(tokenHash)));
    }
}
