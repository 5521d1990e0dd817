package kr.crm.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.security.AuthenticationRequest;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.CrmUser;
import kr.crm.api.security.WebSessions;
import kr.crm.api.store.StoredUser;
import org.junit.jupiter.api.Test;

class WebSessionServiceTest {
    private static final String SESSION_SECRET = "s".repeat(40);
    private static final String HOST_SECRET = "h".repeat(40);
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    private final CrmUser kim = new CrmUser("rep.kim", "김영업", Set.of(CrmRoles.REP));

    private static WebSessionConfig config(String host) {
        WebSessionConfig c = mock(WebSessionConfig.class);
        when(c.sessionSecret()).thenReturn(SESSION_SECRET);
        when(c.hostSecret()).thenReturn(host);
        when(c.sessionMinutes()).thenReturn(60);
        when(c.idleMinutes()).thenReturn(30);
        when(c.hostTokenSeconds()).thenReturn(120);
        return c;
    }

    private static WebSessionService at(Instant now, String host) {
        return new WebSessionService(config(host), Clock.fixed(now, ZoneOffset.UTC), name -> Optional.empty());
    }

    private static AuthenticationRequest request(String cookie, boolean header) {
        return new AuthenticationRequest() {
            @Override
            public Optional<String> header(String name) {
                return header && name.equals(WebSessions.HEADER) ? Optional.of("1") : Optional.empty();
            }

            @Override
            public Optional<String> cookie(String name) {
                return Optional.ofNullable(Map.of(WebSessions.COOKIE, cookie).get(name));
            }

            @Override
            public String remoteAddress() {
                return "127.0.0.1";
            }
        };
    }

    @Test
    void aSessionCookieNamesItsUserWithKoreanNameUntilItIsIdleFor30Minutes() {
        String cookie = at(NOW, "").open(kim);
        assertThat(at(NOW, "").maxAgeSeconds()).isEqualTo(1800);
        assertThat(at(NOW.plusSeconds(1799), "").resolve(request(cookie, true))).contains(kim);
        assertThat(at(NOW.plusSeconds(1801), "").resolve(request(cookie, true))).isEmpty();
    }

    @Test
    void eachRequestMovesTheIdleEndOutButNeverPastTheSessionsEnd() {
        String first = at(NOW, "").open(kim);
        assertThat(at(NOW.plusSeconds(30), "").renew(first)).as("renewed less than a minute ago").isEmpty();

        String second = at(NOW.plusSeconds(1500), "").renew(first).orElseThrow();
        assertThat(at(NOW.plusSeconds(3000), "").resolve(request(second, true))).contains(kim);
        assertThat(at(NOW.plusSeconds(3000), "").resolve(request(first, true))).isEmpty();

        String third = at(NOW.plusSeconds(3000), "").renew(second).orElseThrow();
        assertThat(at(NOW.plusSeconds(3599), "").resolve(request(third, true))).contains(kim);
        assertThat(at(NOW.plusSeconds(3601), "").resolve(request(third, true))).as("480 min cap, here 60").isEmpty();
        assertThat(at(NOW.plusSeconds(3601), "").renew(third)).isEmpty();
    }

    @Test
    void aCookieWithoutTheWebHeaderOrWithAChangedByteCountsForNothing() {
        WebSessionService service = at(NOW, "");
        String cookie = service.open(kim);
        assertThat(service.resolve(request(cookie, false))).isEmpty();
        String tampered = (cookie.charAt(0) == 'A' ? "B" : "A") + cookie.substring(1);
        assertThat(service.resolve(request(tampered, true))).isEmpty();
        assertThat(service.resolve(request("garbage", true))).isEmpty();
    }

    @Test
    void aHostTokenCountsOnlyWithTheHostSecretAndAShortLife() {
        WebSessionService service = at(NOW, HOST_SECRET);
        SignedValues host = new SignedValues(HOST_SECRET);
        String good = host.sign("erp.lee\n이과장\ncrm.rep\n" + NOW.plusSeconds(60).getEpochSecond());
        assertThat(service.fromHostToken(good)).map(CrmUser::displayName).contains("이과장");
        String tooLong = host.sign("erp.lee\n이과장\ncrm.rep\n" + NOW.plusSeconds(3600).getEpochSecond());
        assertThat(service.fromHostToken(tooLong)).isEmpty();
        String expired = host.sign("erp.lee\n이과장\ncrm.rep\n" + NOW.minusSeconds(1).getEpochSecond());
        assertThat(service.fromHostToken(expired)).isEmpty();
        String unknownRole = host.sign("erp.lee\n이과장\nerp.boss\n" + NOW.plusSeconds(60).getEpochSecond());
        assertThat(service.fromHostToken(unknownRole)).isEmpty();
        String otherSecret = new SignedValues("x".repeat(40)).sign("erp.lee\n\ncrm.admin\n"
                + NOW.plusSeconds(60).getEpochSecond());
        assertThat(service.fromHostToken(otherSecret)).isEmpty();
        assertThat(at(NOW, "").fromHostToken(good)).as("host tokens are off without a host secret").isEmpty();
    }

    @Test
    void aShortSecretIsRefusedAtActivation() {
        WebSessionConfig c = config("");
        when(c.sessionSecret()).thenReturn("short");
        assertThatThrownBy(() -> new WebSessionService(c, Clock.systemUTC(), name -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLocalAccountsRolesAndStateCountAtEachRequestNotAsTheCookieWroteThem() {
        Instant now = Instant.parse("2026-12-07T01:00:00Z");
        java.util.Map<String, StoredUser> accounts = new java.util.HashMap<>();
        accounts.put("rep.kim", new StoredUser("rep.kim", "김영업", Set.of(CrmRoles.REP), "x", true));
        WebSessionService service = new WebSessionService(config(null), Clock.fixed(now, ZoneOffset.UTC),
                name -> Optional.ofNullable(accounts.get(name)));
        String cookie = service.open(new CrmUser("rep.kim", "김영업", Set.of(CrmRoles.REP)));
        assertThat(service.resolve(request(cookie, true))).get().extracting(CrmUser::roles)
                .isEqualTo(Set.of(CrmRoles.REP));

        accounts.put("rep.kim", new StoredUser("rep.kim", "김영업", Set.of(CrmRoles.VIEWER), "x", true));
        assertThat(service.resolve(request(cookie, true))).as("a role taken away counts at once").get()
                .extracting(CrmUser::roles).isEqualTo(Set.of(CrmRoles.VIEWER));
        accounts.put("rep.kim", new StoredUser("rep.kim", "김영업", Set.of(CrmRoles.VIEWER), "x", false));
        assertThat(service.resolve(request(cookie, true))).as("a disabled account has no session").isEmpty();

        String vouched = service.open(new CrmUser("erp.lee", "이호스트", Set.of(CrmRoles.REP)));
        assertThat(service.resolve(request(vouched, true))).as("no local account: what the host said").get()
                .extracting(CrmUser::roles).isEqualTo(Set.of(CrmRoles.REP));
    }
}
