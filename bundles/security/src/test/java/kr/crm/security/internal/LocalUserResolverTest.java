package kr.crm.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.security.AuthenticationRequest;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;
import kr.crm.api.store.StoredUser;
import kr.crm.api.store.UserStore;
import kr.crm.api.store.UserStore.LoginState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class LocalUserResolverTest {
    private static final String PASSWORD_HASH = new PasswordHasher().hash("비밀번호-2026".toCharArray());

    @Mock
    UserStore store;

    private Optional<CrmUser> resolve(String authorization) {
        AuthenticationRequest request = new AuthenticationRequest() {
            @Override
            public Optional<String> header(String name) {
                return "Authorization".equals(name) ? Optional.ofNullable(authorization) : Optional.empty();
            }

            @Override
            public Optional<String> cookie(String name) {
                return Optional.empty();
            }

            @Override
            public String remoteAddress() {
                return "127.0.0.1";
            }
        };
        return new LocalUserResolver(store, lockAfter(5), Clock.systemUTC()).resolve(request);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static LoginConfig lockAfter(int failures) {
        LoginConfig c = mock(LoginConfig.class);
        when(c.lockAfterFailures()).thenReturn(failures);
        return c;
    }

    private void storedUser(boolean enabled) {
        storedUser(enabled, LoginState.CLEAR);
    }

    private void storedUser(boolean enabled, LoginState state) {
        lenient().when(store.findUser("kim")).thenReturn(Optional.of(
                new StoredUser("kim", "김민준", Set.of(CrmRoles.REP), PASSWORD_HASH, enabled)));
        lenient().when(store.loginState("kim")).thenReturn(state);
    }

    @Test
    void aLockedLoginRefusesEvenTheRightPasswordAndCountsNothing() {
        storedUser(true, new LoginState(5, Instant.parse("2026-11-23T01:00:00Z")));
        assertThat(resolve(basic("kim", "비밀번호-2026"))).isEmpty();
        verify(store, never()).recordFailedLogin(anyString(), anyInt(), any());
        verify(store, never()).clearFailedLogins(anyString());
    }

    @Test
    void aWrongPasswordIsCountedAgainstTheLockAndAGoodOneClearsTheCount() {
        storedUser(true, new LoginState(2, null));
        assertThat(resolve(basic("kim", "wrong-password"))).isEmpty();
        verify(store).recordFailedLogin(eq("kim"), eq(5), any());

        assertThat(resolve(basic("kim", "비밀번호-2026"))).isPresent();
        verify(store).clearFailedLogins("kim");
    }

    @Test
    void basicWithTheRightKoreanPasswordResolvesTheUser() {
        storedUser(true);
        assertThat(resolve(basic("kim", "비밀번호-2026"))).contains(new CrmUser("kim", "김민준", Set.of(CrmRoles.REP)));
    }

    @Test
    void aWrongPasswordResolvesNobody() {
        storedUser(true);
        assertThat(resolve(basic("kim", "wrong-password"))).isEmpty();
    }

    @Test
    void aDisabledUserResolvesNobody() {
        storedUser(false);
        assertThat(resolve(basic("kim", "비밀번호-2026"))).isEmpty();
    }

    @Test
    void aBearerTokenIsLookedUpByItsHashOnly() {
        String token = new Tokens().newToken();
        when(store.findUserByTokenHash(Tokens.hash(token))).thenReturn(Optional.of(
                new StoredUser("erp", "ERP batch", Set.of(CrmRoles.REP), null, true)));
        assertThat(resolve("Bearer " + token)).map(CrmUser::username).contains("erp");
    }

    @Test
    void noOrForeignCredentialsResolveNobody() {
        lenient().when(store.findUserByTokenHash(anyString())).thenReturn(Optional.empty());
        assertThat(resolve(null)).isEmpty();
        assertThat(resolve("Negotiate abc")).isEmpty();
        assertThat(resolve("Basic !!!not-base64")).isEmpty();
    }
}
