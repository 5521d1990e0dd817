package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Data-subject cases as the tests make them: a rep opens one, the privacy officer (admin) carries it out. */
final class SubjectCases {
    private SubjectCases() {
    }

    /** @return the case opened for the person's {@code right} */
    static JsonNode open(CrmHost host, String personKey, String right) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/data-subject-requests", CrmHost.REP,
                "{\"customerKey\":\"" + personKey + "\",\"right\":\"" + right + "\",\"description\":\"서면 요구\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r);
    }

    /** Carries the case out ({@code action}: erasure, restriction); @return the case as carried out */
    static JsonNode execute(CrmHost host, String requestId, String action) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/data-subject-requests/" + requestId + "/" + action,
                CrmHost.ADMIN, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }

    /** A person's request to stop processing (처리정지), opened and carried out; @return the case, with its outcome */
    static JsonNode restrict(CrmHost host, String personKey) throws Exception {
        return execute(host, open(host, personKey, "RESTRICTION").path("requestId").asText(), "restriction");
    }
}
