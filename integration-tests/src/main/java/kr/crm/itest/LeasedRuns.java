package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/**
 * Runs asked for over REST that take a lease in the database (grading, analytics recompute, sweeps, program
 * detection) and answer {@code ran} false while a scheduled run, another node or another test's event holds it.
 * A test that needs the run's effect asks again until it ran, as a scheduler would at its next turn. After a policy
 * change (no usable RFM cut points) even one account's re-grade is a full run and meets the same lease.
 */
final class LeasedRuns {
    private static final int ATTEMPTS = 40;

    private LeasedRuns() {
    }

    /** Grades every account. */
    static JsonNode grading(CrmHost host) throws Exception {
        return untilRan(host, "v1/grading/run", CrmHost.ADMIN);
    }

    /** Re-grades one account, as a rep's "grade now" does. */
    static JsonNode gradeAccount(CrmHost host, String key) throws Exception {
        return untilRan(host, "v1/accounts/" + key + "/grade/run", CrmHost.REP);
    }

    /** Posts to {@code path} as {@code user} until the answer says the run ran; @return that answer */
    static JsonNode untilRan(CrmHost host, String path, String user) throws Exception {
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
