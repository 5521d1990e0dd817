package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static kr.crm.itest.CrmHost.REP;
import static kr.crm.itest.CrmHost.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The analytics API's refusals (bad input, who may call what) and a merged-away key measured as its survivor. */
class AnalyticsRulesTest extends CrmTest {
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = host.call("GET", path, VIEWER, null);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return host.read(r);
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        Map<String, String> bad = Map.of("v1/analytics/pareto?grade=X", "grade",
                "v1/analytics/pareto?from=2026-13-01", "from",
                "v1/analytics/pareto?from=2026-06-01&to=2026-01-01", "from",
                "v1/analytics/anniversaries?days=0", "days",
                "v1/analytics/anniversaries?days=abc", "days",
                "v1/analytics/segment-ltv?groupBy=color", "groupBy",
                "v1/analytics/rfm-grid?format=pdf", "format",
                "v1/analytics/cohorts?region=" + "가".repeat(101), "region");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            HttpResponse<String> r = host.call("GET", e.getKey(), VIEWER, null);
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(400);
            assertThat(host.read(r).path("field").asText()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void onlyUsersSeeReportsAndOnlyAdminsRecompute() throws Exception {
        assertThat(host.call("GET", "v1/analytics/pareto", null, null).statusCode()).isEqualTo(401);
        assertThat(host.call("POST", "v1/analytics/recompute", VIEWER, null).statusCode()).isEqualTo(403);
        assertThat(host.call("POST", "v1/analytics/recompute", REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("GET", "v1/analytics/customers/CNOSUCHKEY000", VIEWER, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aMergedAwayKeyIsMeasuredAsItsSurvivorAndHasNoRowOfItsOwn() throws Exception {
        String region = "병합" + run;
        String[] keys = new String[2];
        for (int i = 0; i < 2; i++) {
            String phone = "010-7" + i + run.substring(0, 2).replaceAll("[^0-9]", "1") + "-"
                    + (1000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9000));
            String name = "병합고객" + i + run.substring(0, 4);
            HttpResponse<String> r = host.call("POST", "v1/customers", REP, """
                    {"kind":"PERSON","name":"%s","phone":"%s","region":"%s"}""".formatted(name, phone, region));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            keys[i] = host.read(r).path("key").asText();
            for (int n = 0; n <= i; n++) {
                HttpResponse<String> o = host.call("POST", "v1/orders/batch", REP, """
                        [{"source":"mg-%s","orderNo":"M%d-%d","orderedAt":"%s","totalAmount":100000,
                          "buyer":{"kind":"PERSON","name":"%s","phone":"%s"}}]""".formatted(run, i, n,
                        java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(9)).minusDays(3 + n).withNano(0),
                        name, phone));
                assertThat(host.read(o).path("results").get(0).path("customerKey").asText()).isEqualTo(keys[i]);
            }
        }
        HttpResponse<String> merged = host.call("POST", "v1/merges", ADMIN,
                "{\"survivorKey\":\"" + keys[0] + "\",\"mergedKey\":\"" + keys[1] + "\",\"reason\":\"같은 고객\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        RfmExpectation.recomputeAll(host);
        JsonNode survivor = get("v1/analytics/customers/" + keys[1]);
        assertThat(survivor.path("customerKey").asText()).isEqualTo(keys[0]);
        assertThat(survivor.path("ordersTotal").asLong()).isEqualTo(3);
        assertThat(survivor.path("revenueTotal").decimalValue()).isEqualByComparingTo("300000");
        try (Connection c = CrmHost.jdbc();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM customer_measure WHERE customer_key = ?")) {
            s.setString(1, keys[1]);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("no row for the merged-away key").isZero();
            }
        }
        assertThat(get("v1/analytics/pareto?region=" + CrmHost.escape(region)).path("customers").asLong()).isEqualTo(1);
    }
}
