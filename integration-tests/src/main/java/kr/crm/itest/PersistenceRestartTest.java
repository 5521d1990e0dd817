package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class PersistenceRestartTest extends CrmTest {
    @Test
    void customersSurviveARestartOfThePersistenceBundle() throws Exception {
        HttpResponse<String> created = host.call("POST", "v1/customers", CrmHost.REP,
                "{\"kind\":\"COMPANY\",\"name\":\"동해물산 주식회사\",\"region\":\"부산\"}");
        JsonNode before = host.read(created);
        String key = before.path("key").asText();

        Bundle persistence = host.bundle("kr.crm.persistence");
        persistence.stop();
        try { // a resource gone with the bundle it needs: the node says it is not up, not that the customer is missing
            host.awaitStatus("GET", "v1/customers/" + key, CrmHost.REP, 503);
        } finally {
            persistence.start();
        }

        JsonNode after = host.read(host.awaitStatus("GET", "v1/customers/" + key, CrmHost.REP, 200));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aStartingNodeWaitsWhileAnotherHoldsTheMigrationLease() throws Exception {
        String key = host.read(host.call("POST", "v1/customers", CrmHost.REP,
                "{\"kind\":\"PERSON\",\"name\":\"윤동해\"}")).path("key").asText();
        Bundle persistence = host.bundle("kr.crm.persistence");
        persistence.stop();
        long started;
        try {
            host.awaitStatus("GET", "v1/customers/" + key, CrmHost.REP, 503);
            try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO crm_lease (name, holder, expires_at) "
                        + "VALUES ('schema-migration', 'another-node', NOW(3) + INTERVAL 4 SECOND) "
                        + "ON DUPLICATE KEY UPDATE holder = 'another-node', expires_at = NOW(3) + INTERVAL 4 SECOND");
            }
        } finally {
            started = System.nanoTime();
            persistence.start();
        }
        host.awaitStatus("GET", "v1/customers/" + key, CrmHost.REP, 200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM crm_lease WHERE name = 'schema-migration'")) {
            r.next();
            assertThat(r.getInt(1)).as("lease released after migrating").isZero();
        }
    }
}
