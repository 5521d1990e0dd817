package kr.crm.itest;

import static kr.crm.itest.CrmHost.REP;
import static kr.crm.itest.CrmHost.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ContactPersonApiTest extends CrmTest {
    @Test
    void anAccountKeepsItsContactPersons() throws Exception {
        HttpResponse<String> account = host.call("POST", "v1/accounts", REP, """
                {"name":"㈜세진테크","businessRegistrationNumber":"305-81-72640","region":"대전"}""");
        assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
        JsonNode created = host.read(account);
        assertThat(created.path("kind").asText()).isEqualTo("COMPANY");
        String accountKey = created.path("key").asText();

        HttpResponse<String> contact = host.call("POST", "v1/accounts/" + accountKey + "/contacts", REP, """
                {"name":"한예린","title":"주임","department":"자재팀","mobile":"010-5678-9012",
                 "email":"yr.han@sejintech.co.kr"}""");
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
        JsonNode person = host.read(contact);
        String contactKey = person.path("key").asText();
        assertThat(contactKey).matches("P[0-9A-Z]{11}");
        assertThat(person.path("accountKey").asText()).isEqualTo(accountKey);

        JsonNode list = host.read(host.call("GET", "v1/accounts/" + accountKey + "/contacts", VIEWER, null));
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("name").asText()).isEqualTo("한예린");

        ObjectNode change = ((ObjectNode) person.deepCopy()).put("title", "대리");
        HttpResponse<String> updated = host.call("PUT", "v1/contacts/" + contactKey, REP, change.toString());
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode stored = host.read(host.call("GET", "v1/contacts/" + contactKey, VIEWER, null));
        assertThat(stored.path("title").asText()).isEqualTo("대리");
        assertThat(stored.path("version").asLong()).isEqualTo(2);

        HttpResponse<String> stale = host.call("PUT", "v1/contacts/" + contactKey, REP, change.toString());
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    @Test
    void aPersonCannotHaveContactPersons() throws Exception {
        String personKey = host.read(host.call("POST", "v1/customers", REP, "{\"kind\":\"PERSON\",\"name\":\"최수아\"}"))
                .path("key").asText();
        HttpResponse<String> r = host.call("POST", "v1/accounts/" + personKey + "/contacts", REP, "{\"name\":\"누구\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(host.read(r).path("field").asText()).isEqualTo("accountKey");
    }

    @Test
    void anAccountMustBeACompany() throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts", REP, "{\"kind\":\"PERSON\",\"name\":\"최수아\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(host.read(r).path("field").asText()).isEqualTo("kind");
    }

    @Test
    void contactsOfAnUnknownAccountGet404() throws Exception {
        assertThat(host.call("GET", "v1/accounts/C0000000000Z/contacts", VIEWER, null).statusCode()).isEqualTo(404);
        assertThat(host.call("POST", "v1/accounts/C0000000000Z/contacts", REP, "{\"name\":\"누구\"}").statusCode())
                .isEqualTo(404);
    }
}
