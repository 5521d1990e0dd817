package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/**
 * Grading runs that ran. A run answers {@code ran} false while another holds the grading lease; after a policy change
 * (no usable RFM cut points) a single account's re-grade, or an order event of another test, is a full run too. So a
 * test that needs a grade asks again until its run ran, as a scheduler would at its next turn.
 */
final class Regrades {
    private static final int ATTEMPTS = 40;

    private Regrades() {
    }

    /** Grades every account. */
    static JsonNode all(CrmHost host) throws Exception {
        return untilRan(host, "v1/grading/run", CrmHost.ADMIN);
    }

    /** Re-grades one account, as a rep's "grade now" does. */
    static JsonNode account(CrmHost host, String key) throws Exception {
        return untilRan(host, "v1/accounts/" + key + "/grade/run", CrmHost.REP);
    }

    private static JsonNode untilRan(CrmHost host, String path, String user) throws Exception {
        JsonNode result = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            HttpResponse<String> r = host.call("POST", path, user, null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            result = host.read(r);
            if (result.path("ran").asBoolean()) {
                return result;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError(path + " did not run in " + ATTEMPTS + " attempts: " + result);
    }
}
