package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The database connections of the host die in the middle of a bulk delivery; the sender delivers again. */
class ConnectionLossTest extends CrmTest {
    private static final int ORDERS = 1_500;

    @Test
    void killingTheDatabaseConnectionsMidBatchAndDeliveringAgainLeavesNoDuplicateAndNoLoss() throws Exception {
        String source = "kill-" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < ORDERS; i++) {
            batch.append(i == 0 ? "" : ",").append("""
                    {"source":"%s","orderNo":"K%d","orderedAt":"2026-11-23T08:00:00+09:00","totalAmount":%d,
                     "buyer":{"name":"단골%d","phone":"010-77%02d-%04d"}}""".formatted(source, i, 1000 + i, i % 40, i % 40, i % 40));
        }
        String body = batch.append("]").toString();

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return host.call("POST", "v1/orders/batch", CrmHost.REP, body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        int killed = 0;
        while (!first.isDone() && killed < 30) {
            TimeUnit.MILLISECONDS.sleep(150);
            killed += CrmHost.killHostConnections();
        }
        HttpResponse<String> interrupted = first.get(5, TimeUnit.MINUTES);
        assertThat(killed).as("connections killed during the batch").isPositive();
        assertThat(interrupted.statusCode()).as(interrupted.body()).isEqualTo(200);
        long rejected = host.read(interrupted).path("outcomes").path("REJECTED").asLong();

        HttpResponse<String> again = host.call("POST", "v1/orders/batch", CrmHost.REP, body);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode report = host.read(again);
        assertThat(report.path("outcomes").path("REJECTED").asLong()).isZero();
        assertThat(report.path("outcomes").path("UPDATED").asLong()).isEqualTo(ORDERS - rejected);

        assertThat(count("SELECT COUNT(*) FROM sales_order WHERE source = ?", source)).isEqualTo(ORDERS);
        assertThat(count("SELECT COUNT(DISTINCT order_no) FROM sales_order WHERE source = ?", source)).isEqualTo(ORDERS);
        assertThat(count("SELECT COUNT(DISTINCT customer_key) FROM sales_order WHERE source = ?", source))
                .as("40 buyers, 40 keys").isEqualTo(40);
    }


    private static long count(String sql, String source) throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, source);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
