package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Login lock after failures in a row, the admin's unlock, and the permission history (issue 10). */
class AccountPermissionsTest extends CrmTest {
    private static final String GOOD = "좋은-비밀번호-2026";

    @Test
    void fiveWrongPasswordsInARowLockTheLoginUntilAnAdminUnlocksIt() throws Exception {
        createUser("lock.kim", "[\"crm.rep\"]");
        assertThat(me("lock.kim", GOOD).statusCode()).isEqualTo(200); // also fills the node's password cache

        for (int i = 0; i < 5; i++) {
            assertThat(permissions("lock.kim").get("lockedSince").isNull()).as("not locked after %s failures", i).isTrue();
            assertThat(me("lock.kim", "wrong-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(me("lock.kim", GOOD).statusCode()).as("locked, even with the right password").isEqualTo(401);
        JsonNode locked = permissions("lock.kim");
        assertThat(locked.get("lockedSince").isNull()).isFalse();
        assertThat(locked.get("history").get(0).get("kind").asText()).isEqualTo("LOCKED");
        assertThat(locked.get("history").get(0).get("byUser").asText()).isEqualTo("system");
        assertThat(host.call("POST", "v1/users/lock.kim/unlock", CrmHost.REP, null).statusCode()).isEqualTo(403);

        HttpResponse<String> unlocked = host.call("POST", "v1/users/lock.kim/unlock", CrmHost.ADMIN, null);
        assertThat(host.read(unlocked).get("unlocked").asBoolean()).isTrue();
        assertThat(me("lock.kim", GOOD).statusCode()).isEqualTo(200);
        JsonNode after = permissions("lock.kim");
        assertThat(after.get("lockedSince").isNull()).isTrue();
        assertThat(after.get("history").get(0).get("kind").asText()).isEqualTo("UNLOCKED");
        assertThat(after.get("history").get(0).get("byUser").asText()).isEqualTo(CrmHost.ADMIN);
        assertThat(host.read(host.call("POST", "v1/users/lock.kim/unlock", CrmHost.ADMIN, null)).get("unlocked")
                .asBoolean()).as("not locked any more").isFalse();
    }

    @Test
    void aGoodLoginSetsTheCountBackSoOnlyFailuresInARowLock() throws Exception {
        createUser("lock.lee", "[\"crm.viewer\"]");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(me("lock.lee", "wrong").statusCode()).isEqualTo(401);
            }
            assertThat(me("lock.lee", GOOD).statusCode()).isEqualTo(200);
        }
        assertThat(permissions("lock.lee").get("lockedSince").isNull()).isTrue();
    }

    @Test
    void everyRoleGrantedOrRevokedIsKeptWithWhoAndWhen() throws Exception {
        createUser("perm.park", "[\"crm.rep\"]");
        assertThat(host.call("PUT", "v1/users/perm.park", CrmHost.ADMIN,
                "{\"displayName\":\"박권한\",\"roles\":[\"crm.viewer\",\"crm.admin\"]}").statusCode()).isEqualTo(200);

        JsonNode history = permissions("perm.park").get("history");
        List<String> entries = new ArrayList<>();
        history.forEach(h -> entries.add(h.get("kind").asText() + " " + h.get("role").asText() + " by "
                + h.get("byUser").asText()));
        assertThat(entries).containsExactly(
                "REVOKED crm.rep by " + CrmHost.ADMIN,
                "GRANTED crm.viewer by " + CrmHost.ADMIN,
                "GRANTED crm.admin by " + CrmHost.ADMIN,
                "GRANTED crm.rep by " + CrmHost.ADMIN);
        assertThat(history.get(0).get("at").asText()).isNotBlank();
        assertThat(host.call("GET", "v1/users/perm.park/permissions", CrmHost.REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("GET", "v1/users/nobody.here/permissions", CrmHost.ADMIN, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aChangeOfTeamIsKeptWithTheTeamWhoAndWhenAndARepeatIsNot() throws Exception {
        String user = "team." + java.util.UUID.randomUUID().toString().substring(0, 8);
        createUser(user, "[\"crm.manager\"]");
        assertThat(host.call("PUT", "v1/users/" + user + "/team", CrmHost.ADMIN, "{\"team\":\"영업3팀\"}").statusCode())
                .isEqualTo(200);
        assertThat(host.call("PUT", "v1/users/" + user + "/team", CrmHost.ADMIN, "{\"team\":\"영업3팀\"}").statusCode())
                .as("the same team again").isEqualTo(200);
        assertThat(host.call("PUT", "v1/users/" + user + "/team", CrmHost.ADMIN, "{\"team\":null}").statusCode())
                .isEqualTo(200);

        List<String> entries = new ArrayList<>();
        permissions(user).get("history").forEach(h -> entries.add(h.get("kind").asText() + " "
                + (h.get("team").isNull() ? "-" : h.get("team").asText()) + " by " + h.get("byUser").asText()));
        assertThat(entries).containsExactly(
                "TEAM - by " + CrmHost.ADMIN,
                "TEAM 영업3팀 by " + CrmHost.ADMIN,
                "GRANTED - by " + CrmHost.ADMIN);
        assertThat(host.call("PUT", "v1/users/" + user + "/team", CrmHost.REP, "{\"team\":\"영업1팀\"}").statusCode())
                .isEqualTo(403);
        assertThat(permissions(user).get("history")).hasSize(3);
    }

    @Test
    void aWebSessionEndsAfterThirtyIdleMinutes() throws Exception {
        HttpResponse<String> login = host.call("POST", "v1/session", null,
                "{\"username\":\"" + CrmHost.REP + "\",\"password\":\"" + CrmHost.PASSWORD + "\"}");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Set-Cookie")).get().asString().contains("Max-Age=1800");
    }

    private void createUser(String name, String roles) throws Exception {
        assertThat(host.call("PUT", "v1/users/" + name, CrmHost.ADMIN,
                "{\"displayName\":\"잠금 시험\",\"roles\":" + roles + ",\"password\":\"" + GOOD + "\"}").statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> me(String user, String password) throws Exception {
        return host.call("GET", "v1/me", null, null, "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode permissions(String user) throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/users/" + user + "/permissions", CrmHost.ADMIN, null);
        assertThat(r.statusCode()).isEqualTo(200);
        return host.read(r);
    }
}
