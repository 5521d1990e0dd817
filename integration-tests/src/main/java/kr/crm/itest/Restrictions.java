package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** A person's request to stop processing (처리정지), opened by a rep and carried out by the privacy officer. */
final class Restrictions {
    private Restrictions() {
    }

    /** @return the case as carried out, with its {@code outcome} */
    static JsonNode restrict(CrmHost host, String personKey) throws Exception {
        HttpResponse<String> opened = host.call("POST", "v1/data-subject-requests", CrmHost.REP, """
                {"customerKey":"%s","right":"RESTRICTION","description":"전화로 처리정지 요구"}""".formatted(personKey));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        HttpResponse<String> carried = host.call("POST", "v1/data-subject-requests/"
                + host.read(opened).path("requestId").asText() + "/restriction", CrmHost.ADMIN, null);
        assertThat(carried.statusCode()).as(carried.body()).isEqualTo(200);
        return host.read(carried);
    }
}
