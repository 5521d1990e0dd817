package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class PersistenceRestartTest {
    static CrmHost host;

    @BeforeAll
    static void host() throws Exception {
        host = CrmHost.get();
    }

    @Test
    void customersSurviveARestartOfThePersistenceBundle() throws Exception {
        HttpResponse<String> created = host.call("POST", "v1/customers", CrmHost.REP,
                "{\"kind\":\"COMPANY\",\"name\":\"동해물산 주식회사\",\"region\":\"부산\"}");
        JsonNode before = host.read(created);
        String key = before.path("key").asText();

        Bundle persistence = Arrays.stream(host.context.getBundles())
                .filter(b -> b.getSymbolicName().equals("kr.crm.persistence")).findFirst().orElseThrow();
        persistence.stop();
        host.awaitStatus("GET", "v1/customers/" + key, CrmHost.REP, 404);
        persistence.start();

        JsonNode after = host.read(host.awaitStatus("GET", "v1/customers/" + key, CrmHost.REP, 200));
        assertThat(after).isEqualTo(before);
    }
}
