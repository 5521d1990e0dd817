package kr.crm.security.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import kr.crm.api.security.AuthenticationRequest;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.UserResolver;
import kr.crm.api.store.StoredUser;
import kr.crm.api.store.UserStore.LoginState;
import kr.crm.api.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The standalone resolver: {@code Authorization: Bearer <token>} for programs and
 * {@code Authorization: Basic} for people, checked against the users in MariaDB. A host that
 * vouches for its own users registers a {@link UserResolver} with a higher ranking.
 */
@Component(service = UserResolver.class, property = "service.ranking:Integer=0", configurationPid = "kr.crm.security.login")
@Designate(ocd = LoginConfig.class)
public final class LocalUserResolver implements UserResolver {
    private final UserStore store;
    private final PasswordHasher hasher = new PasswordHasher();
    private final VerifiedPasswords verified;
    private final LoginLock lock;

    @Activate
    public LocalUserResolver(@Reference UserStore store, LoginConfig config) {
        this(store, config, Clock.systemUTC());
    }

    LocalUserResolver(UserStore store, LoginConfig config, Clock clock) {
        this.store = store;
        this.verified = new VerifiedPasswords(clock);
        this.lock = new LoginLock(store, config.lockAfterFailures(), config.lockMinutes(), clock);
    }

    @Override
    public Optional<CrmUser> resolve(AuthenticationRequest request) {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return store.findUserByTokenHash(Tokens.hash(value.substring(7).strip())).map(LocalUserResolver::user);
        }
        if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(value.substring(6).strip());
        }
        return Optional.empty();
    }

    private Optional<CrmUser> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String username = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        Optional<StoredUser> found = store.findUser(username).filter(StoredUser::enabled)
                .filter(u -> u.passwordHash() != null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LoginState state = lock.state(username);
        if (lock.locked(state)) {
            return Optional.empty();
        }
        if (!checkPassword(found.get(), password)) {
            lock.failed(username);
            return Optional.empty();
        }
        lock.succeeded(username, state);
        return found.map(LocalUserResolver::user);
    }

    private boolean checkPassword(StoredUser user, char[] password) {
        if (verified.contains(user.username(), password, user.passwordHash())) {
            return true;
        }
        boolean ok = hasher.matches(password, user.passwordHash());
        if (ok) {
            verified.remember(user.username(), password, user.passwordHash());
        }
        return ok;
    }

    private static CrmUser user(StoredUser u) {
        return new CrmUser(u.username(), u.displayName(), u.roles());
    }
}
