package kr.crm.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import kr.crm.api.store.UserStore;
import kr.crm.api.store.UserStore.LoginState;

/**
 * Failed password logins in a row, counted in the database (every node sees the same count), and the lock they
 * lead to. A lock with {@code lockMinutes} 0 lasts until an admin lifts it; otherwise it lapses by itself and the
 * next good login clears it. {@code lockAfter} 0 turns all of it off.
 */
final class LoginLock {
    private final UserStore store;
    private final int lockAfter;
    private final Duration lockFor;
    private final Clock clock;

    LoginLock(UserStore store, int lockAfter, int lockMinutes, Clock clock) {
        this.store = store;
        this.lockAfter = Math.max(0, lockAfter);
        this.lockFor = lockMinutes <= 0 ? null : Duration.ofMinutes(lockMinutes);
        this.clock = clock;
    }

    LoginState state(String username) {
        return lockAfter == 0 ? LoginState.CLEAR : store.loginState(username);
    }

    boolean locked(LoginState state) {
        return state.lockedAt() != null && (lockFor == null || state.lockedAt().plus(lockFor).isAfter(clock.instant()));
    }

    void failed(String username) {
        if (lockAfter > 0) {
            store.recordFailedLogin(username, lockAfter, now());
        }
    }

    /** A good login: a lapsed lock is lifted (and recorded), a failure count set back to 0. */
    void succeeded(String username, LoginState before) {
        if (before.lockedAt() != null) {
            store.unlock(username, "system", now());
        } else if (before.failures() > 0) {
            store.clearFailedLogins(username);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
