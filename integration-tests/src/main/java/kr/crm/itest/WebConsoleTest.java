package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The Felix web console opens to CRM admins only, not to its built-in admin/admin. */
class WebConsoleTest extends CrmTest {
    private int status(String credentials) throws Exception {
        String url = host.base.replace("/api/", "/system/console/bundles");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void onlyCrmAdminsGetIntoTheWebConsole() throws Exception {
        assertThat(status(null)).isEqualTo(401);
        assertThat(status("admin:admin")).isEqualTo(401);
        assertThat(status(CrmHost.REP + ":" + CrmHost.PASSWORD)).isEqualTo(401);
        assertThat(status(CrmHost.ADMIN + ":" + CrmHost.PASSWORD)).isEqualTo(200);
    }

    @Test
    void withoutTheCrmGuardTheConsoleIsClosedRatherThanOpenToItsBuiltInAdmin() throws Exception {
        Bundle guard = host.bundle("kr.crm.console");
        guard.stop();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline) {
                assertThat(status("admin:admin")).as("the console's default admin/admin").isNotEqualTo(200);
                TimeUnit.MILLISECONDS.sleep(500);
            }
        } finally {
            guard.start();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (status(CrmHost.ADMIN + ":" + CrmHost.PASSWORD) != 200 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
        }
        assertThat(status(CrmHost.ADMIN + ":" + CrmHost.PASSWORD)).isEqualTo(200);
        assertThat(status("admin:admin")).isEqualTo(401);
    }
}
