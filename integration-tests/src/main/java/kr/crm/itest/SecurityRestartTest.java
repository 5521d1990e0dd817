package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Without the security bundle nobody can be authenticated, so the API must not answer at all,
 * rather than answer without its access checks.
 */
class SecurityRestartTest extends CrmTest {
    @Test
    void whileTheSecurityBundleIsStoppedTheApiServesNothingAndAfterwardsItChecksAgain() throws Exception {
        String key = host.read(host.call("POST", "v1/customers", CrmHost.REP,
                "{\"kind\":\"PERSON\",\"name\":\"보안점검\",\"phone\":\"010-7000-1000\"}")).path("key").asText();
        Bundle security = host.bundle("kr.crm.security");
        security.stop();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                HttpResponse<String> anonymous = host.call("GET", "v1/customers/" + key, null, null);
                assertThat(anonymous.statusCode()).as("an unauthenticated read while security is down")
                        .isNotEqualTo(200);
                assertThat(anonymous.body()).doesNotContain("보안점검");
                HttpResponse<String> write = host.call("POST", "v1/customers", null,
                        "{\"kind\":\"PERSON\",\"name\":\"무단등록\"}");
                assertThat(write.statusCode()).as("an unauthenticated write while security is down")
                        .isNotIn(200, 201);
                TimeUnit.MILLISECONDS.sleep(500);
            }
        } finally {
            security.start();
        }
        host.awaitStatus("GET", "v1/customers/" + key, CrmHost.REP, 200);
        assertThat(host.call("GET", "v1/customers/" + key, null, null).statusCode()).isEqualTo(401);
        assertThat(host.read(host.call("GET", "v1/customers?q=" + CrmHost.escape("무단등록"), CrmHost.ADMIN, null))
                .path("items")).isEmpty();
    }
}
