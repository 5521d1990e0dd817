package kr.crm.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import kr.crm.api.security.AuthenticationRequest;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.UserResolver;
import kr.crm.api.security.WebSessions;
import kr.crm.api.store.StoredUser;
import kr.crm.api.store.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Web sessions as signed cookies, and the resolver that reads them. A cookie counts only on a request that also
 * carries the {@link WebSessions#HEADER} header, which the CRM's pages set and other sites cannot. Nothing is
 * held per node: any node configured with the same secret accepts the cookie. The roles a request gets are the
 * local account's at that moment, not those written into the cookie (decision 258).
 */
@Component(service = {WebSessions.class, UserResolver.class}, configurationPid = "kr.crm.security.web",
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = "service.ranking:Integer=-10")
@Designate(ocd = WebSessionConfig.class)
public final class WebSessionService implements WebSessions, UserResolver {
    static final int MIN_SECRET = 32;
    /** A session renewed less than this long ago is not renewed again (fewer Set-Cookie headers). */
    static final int RENEW_AFTER_SECONDS = 60;

    private final SignedValues sessions;
    private final SignedValues hostTokens;
    private final Function<String, Optional<StoredUser>> accounts;
    private final int sessionSeconds;
    private final int idleSeconds;
    private final int hostTokenSeconds;
    private final Clock clock;

    @Activate
    public WebSessionService(WebSessionConfig config, @Reference UserStore users) {
        this(config, Clock.systemUTC(), users::findUser);
    }

    /** @param accounts the local account of a user name, if the CRM keeps one */
    WebSessionService(WebSessionConfig config, Clock clock, Function<String, Optional<StoredUser>> accounts) {
        if (config.sessionSecret() == null || config.sessionSecret().length() < MIN_SECRET) {
            throw new IllegalArgumentException("kr.crm.security.web: sessionSecret needs at least " + MIN_SECRET
                    + " characters");
        }
        String host = config.hostSecret() == null ? "" : config.hostSecret();
        if (!host.isEmpty() && host.length() < MIN_SECRET) {
            throw new IllegalArgumentException("kr.crm.security.web: hostSecret needs at least " + MIN_SECRET
                    + " characters");
        }
        this.sessions = new SignedValues("session|" + config.sessionSecret());
        this.hostTokens = host.isEmpty() ? null : new SignedValues(host);
        this.sessionSeconds = Math.max(1, config.sessionMinutes()) * 60;
        this.idleSeconds = Math.min(sessionSeconds, Math.max(1, config.idleMinutes()) * 60);
        this.hostTokenSeconds = Math.max(1, config.hostTokenSeconds());
        this.clock = clock;
        this.accounts = accounts;
    }

    @Override
    public String open(CrmUser user) {
        Instant now = clock.instant();
        return sign(new SessionCookie(new SessionPayload(user, now.plusSeconds(idleSeconds)), now.plusSeconds(sessionSeconds)));
    }

    @Override
    public int maxAgeSeconds() {
        return idleSeconds;
    }

    @Override
    public Optional<String> renew(String cookieValue) {
        Instant now = clock.instant();
        return live(cookieValue, now)
                .filter(c -> !c.payload().expiresAt().minusSeconds(idleSeconds - RENEW_AFTER_SECONDS).isAfter(now))
                .map(c -> sign(c.extended(now.plusSeconds(idleSeconds))));
    }

    private String sign(SessionCookie cookie) {
        return sessions.sign(cookie.encode());
    }

    /** The cookie's session if it is signed by us, not idle too long and not past its absolute end. */
    private Optional<SessionCookie> live(String cookieValue, Instant now) {
        return sessions.verify(cookieValue).flatMap(SessionCookie::decode)
                .filter(c -> c.payload().expiresAt().isAfter(now) && c.until().isAfter(now));
    }

    @Override
    public Optional<CrmUser> fromHostToken(String token) {
        if (hostTokens == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return hostTokens.verify(token).flatMap(SessionPayload::decode)
                .filter(p -> p.expiresAt().isAfter(now) && !p.expiresAt().isAfter(now.plusSeconds(hostTokenSeconds)))
                .map(SessionPayload::user);
    }

    @Override
    public Optional<CrmUser> resolve(AuthenticationRequest request) {
        if (request.header(HEADER).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return request.cookie(COOKIE).flatMap(c -> live(c, now)).flatMap(c -> current(c.payload().user()));
    }

    /**
     * The session's user as the CRM knows him now: a local account's current roles, none if it was disabled or lost
     * every role since the session opened (so a revocation counts at the next request, not when the cookie ends); a
     * user the host vouched for without a local account keeps what the host said, until the session ends.
     */
    private Optional<CrmUser> current(CrmUser inCookie) {
        Optional<StoredUser> account = accounts.apply(inCookie.username());
        if (account.isEmpty()) {
            return Optional.of(inCookie);
        }
        StoredUser u = account.get();
        return u.enabled() && !u.roles().isEmpty()
                ? Optional.of(new CrmUser(u.username(), u.displayName(), u.roles())) : Optional.empty();
    }
}
