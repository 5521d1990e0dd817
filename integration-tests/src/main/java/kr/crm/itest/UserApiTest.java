package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class UserApiTest extends CrmTest {
    @Test
    void anAdminIssuesATokenThatAuthenticatesItsUser() throws Exception {
        HttpResponse<String> issued = host.call("POST", "v1/users/" + CrmHost.REP + "/tokens", CrmHost.ADMIN,
                "{\"label\":\"erp-batch\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String token = host.read(issued).path("token").asText();
        assertThat(token).startsWith("crm_");

        HttpResponse<String> me = host.call("GET", "v1/me", null, null, "Authorization", "Bearer " + token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(host.read(me).path("username").asText()).isEqualTo(CrmHost.REP);
        assertThat(host.read(me).path("displayName").asText()).isEqualTo("김영업");
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        assertThat(host.call("GET", "v1/users", CrmHost.REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("PUT", "v1/users/mallory", CrmHost.REP,
                "{\"roles\":[\"crm.admin\"],\"password\":\"long-enough-1\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> list = host.call("GET", "v1/users", CrmHost.ADMIN, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(host.read(list).findValuesAsText("username")).contains(CrmHost.ADMIN, CrmHost.VIEWER);
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> r = host.call("PUT", "v1/users/new.user", CrmHost.ADMIN,
                "{\"roles\":[\"crm.superuser\"],\"password\":\"long-enough-1\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(host.read(r).path("field").asText()).isEqualTo("roles");
    }
}
