package kr.crm.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.RoleChange;
import kr.crm.api.security.UserDirectory;
import kr.crm.api.store.StoredUser;
import kr.crm.api.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = UserDirectory.class)
public final class LocalUserDirectory implements UserDirectory {
    private final UserStore store;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Tokens tokens = new Tokens();
    private final Clock clock = Clock.systemUTC();

    @Activate
    public LocalUserDirectory(@Reference UserStore store) {
        this.store = store;
    }

    @Override
    public CrmUser saveUser(String username, String displayName, Set<String> roles, char[] password) {
        return saveUser(username, displayName, roles, password, "system");
    }

    @Override
    public CrmUser saveUser(String username, String displayName, Set<String> roles, char[] password, String actor) {
        String name = UserRules.username(username);
        Set<String> cleanRoles = UserRules.roles(roles);
        UserRules.password(password);
        String display = UserRules.displayName(displayName, name);
        var existing = store.findUser(name);
        String hash = password != null ? hasher.hash(password) : existing.map(StoredUser::passwordHash).orElse(null);
        StoredUser user = new StoredUser(name, display, cleanRoles, hash, true);
        List<RoleChange> changes = RoleDiff.between(name, existing.map(StoredUser::roles).orElse(Set.of()), cleanRoles,
                actor == null || actor.isBlank() ? "system" : actor, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        boolean saved = existing.isPresent() ? store.updateUser(user, changes) : store.insertUser(user, changes);
        if (!saved) {
            throw new ValidationException("username", "was created or removed concurrently; try again");
        }
        return new CrmUser(name, display, cleanRoles);
    }

    @Override
    public Optional<Instant> lockedSince(String username) {
        return Optional.ofNullable(store.loginState(known(username)).lockedAt());
    }

    @Override
    public boolean unlock(String username, String actor) {
        return store.unlock(known(username), actor, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    public List<RoleChange> history(String username, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ValidationException("limit", "must be between 1 and 1000");
        }
        return store.roleHistory(known(username), limit);
    }

    private String known(String username) {
        return store.findUser(UserRules.username(username)).map(StoredUser::username)
                .orElseThrow(() -> new NotFoundException("user " + username));
    }

    @Override
    public String issueToken(String username, String label) {
        StoredUser user = store.findUser(UserRules.username(username))
                .orElseThrow(() -> new NotFoundException("user " + username));
        String cleanLabel = label == null || label.isBlank() ? "api" : label.strip();
        if (cleanLabel.length() > 100) {
            throw new ValidationException("label", "must be at most 100 characters");
        }
        String token = tokens.newToken();
        store.insertToken(user.username(), Tokens.hash(token), cleanLabel);
        return token;
    }

    @Override
    public List<CrmUser> listUsers() {
        return store.listUsers().stream()
                .map(u -> new CrmUser(u.username(), u.displayName(), u.roles()))
                .toList();
    }
}
