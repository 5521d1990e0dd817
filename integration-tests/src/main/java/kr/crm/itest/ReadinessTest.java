package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * {@code GET /crm/ready}, what a load balancer in front of several host nodes asks, and what the API answers on a
 * node where part of the CRM is not up.
 */
class ReadinessTest extends CrmTest {
    /** The API's answer once it has this status; the whiteboard takes a moment to drop a resource that went. */
    private HttpResponse<String> awaitStatus(String path, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        HttpResponse<String> last = host.call("GET", path, CrmHost.REP, null);
        while (last.statusCode() != status && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            last = host.call("GET", path, CrmHost.REP, null);
        }
        assertThat(last.statusCode()).as("%s, while readiness says %s", last.body(), host.ready(CrmHost.ADMIN).body())
                .isEqualTo(status);
        return last;
    }

    private List<String> waits(HttpResponse<String> answer) throws Exception {
        List<String> waits = new ArrayList<>();
        host.read(answer).path("waitingFor").forEach(w -> waits.add(w.asText()));
        return waits;
    }

    @Test
    void aStartedNodeIsReadyWithoutALoginAndOnlyAnAdminIsToldTheDetails() throws Exception {
        HttpResponse<String> admin = host.awaitReadiness(200);
        assertThat(admin.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(admin.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode details = host.read(admin);
        assertThat(details.path("ready").asBoolean()).isTrue();
        assertThat(waits(admin)).isEmpty();
        assertThat(details.path("notConfigured").isArray()).as("the optional parts an admin has not configured")
                .isTrue();

        for (String user : new String[] {null, CrmHost.REP}) {
            HttpResponse<String> answer = host.ready(user);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).as("what %s is told", user).isEqualTo("{\"ready\":true}");
        }
        assertThat(awaitStatus("v1/no-such-thing", 404).statusCode()).isEqualTo(404);
    }

    @Test
    void withABundleStoppedTheNodeSaysWhatItWaitsForAndItsPathsAnswer503UntilItIsBack() throws Exception {
        host.awaitReadiness(200);
        String account = host.read(host.call("POST", "v1/accounts", CrmHost.REP, "{\"name\":\"준비점검상사\"}"))
                .path("key").asText();
        String complaints = "v1/contact-logs/complaints?account=" + account;
        assertThat(host.call("GET", complaints, CrmHost.REP, null).statusCode()).isEqualTo(200);
        Bundle contactLogs = host.bundle("kr.crm.contactlog");
        contactLogs.stop();
        try {
            HttpResponse<String> notReady = host.awaitReadiness(503);
            assertThat(host.read(notReady).path("ready").asBoolean()).isFalse();
            assertThat(waits(notReady)).contains("bundle kr.crm.contactlog is not started")
                    .anySatisfy(w -> assertThat(w)
                            .startsWith("component kr.crm.rest.internal.ContactLogResource waits for "));

            HttpResponse<String> starting = awaitStatus(complaints, 503);
            assertThat(starting.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(host.read(starting).path("error").asText()).contains("starting");
            assertThat(host.ready(null).body()).isEqualTo("{\"ready\":false}");
            awaitStatus("v1/no-such-thing", 503); // any path no resource serves, while the node is not ready
            awaitStatus("v1/customers?q=x", 200); // the parts that are up go on answering
        } finally {
            contactLogs.start();
        }
        host.awaitReadiness(200);
        assertThat(host.call("GET", complaints, CrmHost.REP, null).statusCode())
                .as("the path, as soon as the node says it is ready").isEqualTo(200);
        assertThat(awaitStatus("v1/no-such-thing", 404).statusCode()).isEqualTo(404);
    }
}
