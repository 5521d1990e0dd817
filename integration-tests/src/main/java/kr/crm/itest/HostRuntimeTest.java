package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class HostRuntimeTest extends CrmTest {
    @Test
    void everyCrmBundleAndTheWhiteboardAreActive() {
        List<String> required = List.of("kr.crm.api", "kr.crm.persistence", "kr.crm.identity", "kr.crm.customer",
                "kr.crm.orders", "kr.crm.grading", "kr.crm.tasks", "kr.crm.security", "kr.crm.console",
                "kr.crm.rest", "org.apache.aries.jax.rs.whiteboard", "org.apache.felix.http.jetty12",
                "org.apache.felix.fileinstall", "org.apache.felix.configadmin", "org.apache.felix.scr");
        List<Bundle> bundles = Arrays.asList(host.context.getBundles());
        for (String name : required) {
            assertThat(bundles).filteredOn(b -> b.getSymbolicName().equals(name))
                    .as(name).singleElement()
                    .extracting(Bundle::getState).isEqualTo(Bundle.ACTIVE);
        }
    }

    @Test
    void logsReachTheSimpleLoggerNotANoOp() {
        // SLF4J binds once: had any bundle logged before slf4j.simple was registered, every logger
        // of the framework's life would be a no-op and admins would see no CRM log at all
        assertThat(org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName())
                .isEqualTo("org.slf4j.simple.SimpleLoggerFactory");
    }

    @Test
    void migrationsRanAndEveryTableIsUtf8mb4() throws Exception {
        try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT version, success FROM schema_history WHERE version = '1'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getBoolean("success")).isTrue();
            }
            try (ResultSet r = s.executeQuery("SELECT table_name, table_collation FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_name <> 'schema_history'")) {
                int tables = 0;
                while (r.next()) {
                    tables++;
                    assertThat(r.getString(2)).as(r.getString(1)).isEqualTo("utf8mb4_unicode_ci");
                }
                assertThat(tables).isGreaterThanOrEqualTo(4);
            }
        }
    }

    @Test
    void theOpenApiDescriptionIsServedWithoutCredentials() throws Exception {
        HttpResponse<String> r = host.call("GET", "openapi.json", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        var doc = host.read(r);
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("paths").has("/v1/customers")).isTrue();
    }
}
