package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static kr.crm.itest.CrmHost.REP;
import static kr.crm.itest.CrmHost.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Customer analytics through REST on a small order set of its own region. Every expected figure is
 * worked out here from the definitions in docs/analytics.md, not read from the code.
 */
/** Segments over the analytics measures, and the pseudonymised statistics export. */
class SegmentTest extends CrmTest {
    private static AnalyticsFixture data;

    @BeforeAll
    static void orders() throws Exception {
        data = AnalyticsFixture.standard(CrmHost.get());
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = host.call("GET", path, VIEWER, null);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return host.read(r);
    }

    private static String region() {
        return "region=" + CrmHost.escape(data.region);
    }

    @Test
    void aSegmentIsPreviewedSavedAndFollowsANewOrderWithoutAFullRecompute() throws Exception {
        RfmExpectation expected = RfmExpectation.recomputeAll(host);
        List<String> atRisk = new ArrayList<>();
        for (String key : data.keys.values()) {
            // R is 0 without an order in the window (아침): R <= 2 takes it too
            int[] rfm = expected.scores(key);
            if (rfm == null || rfm[0] <= 2) {
                atRisk.add(key);
            }
        }
        String bada = data.keys.get("바다");
        assertThat(atRisk).as("바다's last order is 300 days old").contains(bada);
        String conditions = """
                "conditions":[{"field":"region","op":"=","value":"%s"},{"field":"R","op":"<=","value":"2"},
                {"field":"kind","op":"in","values":["COMPANY","PERSON"]}]""".formatted(data.region);

        HttpResponse<String> preview = host.call("POST", "v1/segments/preview", VIEWER, "{" + conditions + "}");
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(host.read(preview).path("size").asLong()).isEqualTo(atRisk.size());

        HttpResponse<String> created = host.call("POST", "v1/segments", REP,
                "{\"name\":\"이탈 위험 %s\",\"description\":\"최근성 낮은 고객\",%s}".formatted(data.run, conditions));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode segment = host.read(created);
        long id = segment.path("id").asLong();
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/v1/segments/" + id);
        assertThat(segment.path("members").asLong()).isEqualTo(atRisk.size());
        assertThat(segment.path("conditions").get(1).path("field").asText()).isEqualTo("recency");
        assertThat(members(id)).containsExactlyInAnyOrderElementsOf(atRisk);
        assertThat(get("v1/segments?customer=" + bada).findValuesAsText("name")).contains("이탈 위험 " + data.run);

        Instant cutsAt = RfmExpectation.cutsComputedAt();
        data.order("바다", 0, 2_000_000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (members(id).contains(bada) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertThat(members(id)).doesNotContain(bada).hasSize(atRisk.size() - 1);
        assertThat(get("v1/analytics/customers/" + bada).path("recency").asInt()).isGreaterThan(2);
        JsonNode history = get("v1/segments/" + id + "/history");
        assertThat(history.get(0).path("customerKey").asText()).isEqualTo(bada);
        assertThat(history.get(0).path("change").asText()).isEqualTo("LEFT");
        assertThat(history.findValuesAsText("change").stream().filter("ENTERED"::equals).count())
                .isEqualTo(atRisk.size());
        assertThat(RfmExpectation.cutsComputedAt()).as("no full recompute ran").isEqualTo(cutsAt);
        assertThat(get("v1/segments?customer=" + bada).findValuesAsText("name")).doesNotContain("이탈 위험 " + data.run);

        HttpResponse<String> taken = host.call("POST", "v1/segments", REP,
                "{\"name\":\"이탈 위험 %s\",%s}".formatted(data.run, conditions));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(host.read(taken).path("field").asText()).isEqualTo("name");
        assertThat(host.call("POST", "v1/segments", VIEWER, "{\"name\":\"x\"," + conditions + "}").statusCode())
                .isEqualTo(403);
        assertThat(host.call("DELETE", "v1/segments/" + id, REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("DELETE", "v1/segments/" + id, ADMIN, null).statusCode()).isEqualTo(204);
        assertThat(host.call("GET", "v1/segments/" + id, VIEWER, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aSegmentIsEditedWithTheVersionItWasReadAtAndItsMembersAreListed() throws Exception {
        RfmExpectation expected = RfmExpectation.recomputeAll(host);
        List<String> low = new ArrayList<>();
        List<String> high = new ArrayList<>();
        for (String key : data.keys.values()) {
            int[] rfm = expected.scores(key);
            (rfm == null || rfm[0] <= 2 ? low : high).add(key);
        }
        assertThat(low).isNotEmpty();
        assertThat(high).isNotEmpty();
        String name = "편집 " + data.run;
        String lowRules = "[{\"field\":\"region\",\"op\":\"=\",\"value\":\"%s\"},{\"field\":\"R\",\"op\":\"<=\",\"value\":\"2\"}]"
                .formatted(data.region);
        String highRules = "[{\"field\":\"region\",\"op\":\"=\",\"value\":\"%s\"},{\"field\":\"R\",\"op\":\">=\",\"value\":\"3\"}]"
                .formatted(data.region);
        HttpResponse<String> created = host.call("POST", "v1/segments", REP,
                "{\"name\":\"%s\",\"conditions\":%s}".formatted(name, lowRules));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = host.read(created).path("id").asLong();
        assertThat(host.read(created).path("version").asLong()).isEqualTo(1);

        // the member list: key, name, R/F/M, region and owner; no phone or e-mail
        JsonNode page = get("v1/segments/" + id + "/members?page=0&size=200");
        assertThat(page.path("total").asLong()).isEqualTo(low.size());
        for (JsonNode m : page.path("items")) {
            String key = m.path("customerKey").asText();
            int[] rfm = expected.scores(key);
            int[] scores = rfm == null ? new int[3] : rfm;
            assertThat(new int[] {m.path("recency").asInt(), m.path("frequency").asInt(), m.path("monetary").asInt()})
                    .as(key).containsExactly(scores);
            assertThat(m.path("region").asText()).isEqualTo(data.region);
            assertThat(m.has("grade")).isTrue();
            String label = data.keys.entrySet().stream().filter(e -> e.getValue().equals(key)).findFirst()
                    .orElseThrow().getKey();
            if ("COMPANY".equals(m.path("kind").asText())) {
                assertThat(m.path("name").asText()).isEqualTo(label + data.run);
                assertThat(m.path("ownerRep").asText()).isEqualTo(REP);
            } else {
                assertThat(m.path("name").asText()).isEqualTo(label);
            }
            assertThat(m.has("phone") || m.has("email") || m.has("address")).as(m.toString()).isFalse();
        }
        assertThat(get("v1/segments/" + id + "/members?page=0&size=1").path("items").size()).isEqualTo(1);
        assertThat(host.call("GET", "v1/segments/" + id + "/members?size=0", VIEWER, null).statusCode())
                .isEqualTo(400);

        // an edit at the version read: members re-materialised, each exit and entry in the history
        String edit = "{\"name\":\"%s\",\"description\":\"최근 구매 고객\",\"conditions\":%s}".formatted(name, highRules);
        HttpResponse<String> updated = host.call("PUT", "v1/segments/" + id + "?version=1", REP, edit);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode after = host.read(updated);
        assertThat(after.path("version").asLong()).isEqualTo(2);
        assertThat(after.path("updatedBy").asText()).isEqualTo(REP);
        assertThat(after.path("description").asText()).isEqualTo("최근 구매 고객");
        assertThat(after.path("members").asLong()).isEqualTo(high.size());
        assertThat(members(id)).containsExactlyInAnyOrderElementsOf(high);
        JsonNode history = get("v1/segments/" + id + "/history?limit=1000");
        List<String> left = new ArrayList<>();
        List<String> entered = new ArrayList<>();
        for (JsonNode h : history) {
            ("LEFT".equals(h.path("change").asText()) ? left : entered).add(h.path("customerKey").asText());
        }
        assertThat(left).containsExactlyInAnyOrderElementsOf(low);
        assertThat(entered).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(low.stream(), high.stream()).toList());

        // a stale version changes nothing
        HttpResponse<String> stale = host.call("PUT", "v1/segments/" + id + "?version=1", ADMIN,
                "{\"name\":\"%s\",\"conditions\":%s}".formatted(name, lowRules));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(host.read(stale).path("field").asText()).isEqualTo("version");
        assertThat(get("v1/segments/" + id).path("conditions").get(1).path("op").asText()).isEqualTo(">=");
        assertThat(members(id)).containsExactlyInAnyOrderElementsOf(high);

        // two edits at the same version at once: exactly one wins
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> both = pool.invokeAll(List.of(
                    () -> host.call("PUT", "v1/segments/" + id + "?version=2", REP,
                            "{\"name\":\"%s\",\"conditions\":%s}".formatted(name, lowRules)).statusCode(),
                    () -> host.call("PUT", "v1/segments/" + id + "?version=2", ADMIN,
                            "{\"name\":\"%s\",\"conditions\":%s}".formatted(name, highRules)).statusCode()));
            List<Integer> codes = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : both) {
                codes.add(f.get());
            }
            assertThat(codes).containsExactlyInAnyOrder(200, 409);
            boolean lowWon = codes.get(0) == 200;
            assertThat(get("v1/segments/" + id).path("version").asLong()).isEqualTo(3);
            assertThat(members(id)).containsExactlyInAnyOrderElementsOf(lowWon ? low : high);
        } finally {
            pool.shutdown();
        }

        // refused: no version, bad rules, a viewer, an unknown segment
        HttpResponse<String> noVersion = host.call("PUT", "v1/segments/" + id, REP, edit);
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(host.read(noVersion).path("field").asText()).isEqualTo("version");
        HttpResponse<String> badRule = host.call("PUT", "v1/segments/" + id + "?version=3", REP,
                "{\"name\":\"%s\",\"conditions\":[{\"field\":\"colour\",\"op\":\"=\",\"value\":\"red\"}]}"
                        .formatted(name));
        assertThat(badRule.statusCode()).isEqualTo(400);
        assertThat(host.read(badRule).path("field").asText()).isEqualTo("conditions[0].field");
        assertThat(host.call("PUT", "v1/segments/" + id + "?version=3", VIEWER, edit).statusCode()).isEqualTo(403);
        assertThat(host.call("PUT", "v1/segments/999999999?version=1", REP, edit).statusCode()).isEqualTo(404);
        assertThat(get("v1/segments/" + id).path("version").asLong()).isEqualTo(3);
        assertThat(host.call("DELETE", "v1/segments/" + id, ADMIN, null).statusCode()).isEqualTo(204);
    }

    private static List<String> members(long id) throws Exception {
        return get("v1/segments/" + id + "/members?size=200").path("items").findValuesAsText("customerKey");
    }

    @Test
    void badSegmentRulesAreRefusedNamingTheCondition() throws Exception {
        Map<String, String> bad = Map.of(
                "{\"conditions\":[{\"field\":\"colour\",\"op\":\"=\",\"value\":\"red\"}]}", "conditions[0].field",
                "{\"conditions\":[{\"field\":\"R\",\"op\":\"<=\",\"value\":\"2\"},{\"field\":\"grade\",\"op\":\"=\",\"value\":\"Z\"}]}",
                "conditions[1].value",
                "{\"conditions\":[{\"field\":\"region\",\"op\":\">\",\"value\":\"경기\"}]}", "conditions[0].op",
                "{\"conditions\":[]}", "conditions",
                "{\"conditions\":[{\"field\":\"R\",\"op\":\"<=\"}]}", "conditions[0].value");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            HttpResponse<String> r = host.call("POST", "v1/segments/preview", REP, e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(400);
            assertThat(host.read(r).path("field").asText()).as(e.getKey()).isEqualTo(e.getValue());
        }
        HttpResponse<String> noName = host.call("POST", "v1/segments", REP,
                "{\"conditions\":[{\"field\":\"R\",\"op\":\"=\",\"value\":\"1\"}]}");
        assertThat(host.read(noName).path("field").asText()).isEqualTo("name");
        assertThat(host.call("GET", "v1/segments/abc", VIEWER, null).statusCode()).isEqualTo(400);
    }

    @Test
    void thePseudonymisedExportHasKeyedHashesAndNoPersonalData() throws Exception {
        // no export without its key: no resource serves the path (503 for a moment after another test's
        // configuration changed the JAX-RS whiteboard, while the node settles: decision 266)
        host.awaitStatus("GET", "v1/analytics/pseudonymised/measures", ADMIN, 404);
        RfmExpectation.recomputeAll(host);
        String secret = "it-pseudonym-key-0123456789-abcdefghij";
        org.osgi.service.cm.ConfigurationAdmin admin = CrmHost.service(host.context,
                org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration config = admin.getConfiguration("kr.crm.analytics.pseudonym", "?");
        config.update(new java.util.Hashtable<>(Map.of("key", secret)));
        try {
            String path = "v1/analytics/pseudonymised/measures?" + region();
            // the JAX-RS whiteboard rebuilds the application when the resource arrives
            host.awaitStatus("GET", path, ADMIN, 200);
            host.awaitStatus("GET", "v1/analytics/settings", VIEWER, 200);
            HttpResponse<String> r = host.call("GET", path, ADMIN, null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode rows = host.read(r);
            assertThat(rows.size()).isEqualTo(data.keys.size());
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            List<String> expected = new ArrayList<>();
            for (String key : data.keys.values()) {
                expected.add(java.util.HexFormat.of().formatHex(
                        mac.doFinal(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
            assertThat(rows.findValuesAsText("pseudonym")).containsExactlyInAnyOrderElementsOf(expected);
            for (Map.Entry<String, String> c : data.keys.entrySet()) {
                assertThat(r.body()).doesNotContain(c.getValue()).doesNotContain(c.getKey());
            }
            assertThat(r.body()).doesNotContain("010-").doesNotContain("\"name\"").doesNotContain("address");
            assertThat(rows.get(0).path("region").asText()).isEqualTo(data.region);
            HttpResponse<String> csv = host.call("GET", path + "&format=csv&reason=statistics", ADMIN, null);
            assertThat(csv.body()).startsWith("\uFEFFpseudonym,kind,region");
            assertThat(host.call("GET", path, REP, null).statusCode()).isEqualTo(403);

            // the orders of the same customers under the same pseudonyms, placed in a period, without keys
            java.time.LocalDate to = java.time.LocalDate.now(AnalyticsFixture.SEOUL);
            java.time.LocalDate from = to.minusDays(400);
            HttpResponse<String> o = host.call("GET", "v1/analytics/pseudonymised/orders?" + region() + "&from="
                    + from + "&to=" + to, ADMIN, null);
            assertThat(o.statusCode()).as(o.body()).isEqualTo(200);
            List<String> sold = new ArrayList<>();
            for (JsonNode row : host.read(o)) {
                sold.add(row.path("pseudonym").asText() + " " + row.path("month").asText() + " "
                        + row.path("amount").decimalValue().longValueExact());
            }
            List<String> placed = new ArrayList<>();
            for (AnalyticsFixture.Order order : data.orders) {
                if (!order.day().isBefore(from) && !order.day().isAfter(to)) {
                    placed.add(java.util.HexFormat.of().formatHex(mac.doFinal(data.keys.get(order.customer())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))) + " "
                            + java.time.YearMonth.from(order.day()) + " " + order.amount());
                }
            }
            assertThat(placed).as("the fixture has orders before the period too").hasSizeLessThan(data.orders.size());
            assertThat(sold).containsExactlyInAnyOrderElementsOf(placed);
            for (String key : data.keys.values()) {
                assertThat(o.body()).doesNotContain(key);
            }
            HttpResponse<String> backwards = host.call("GET", "v1/analytics/pseudonymised/orders?from=" + to
                    + "&to=" + from, ADMIN, null);
            assertThat(backwards.statusCode()).isEqualTo(400);
            assertThat(host.read(backwards).path("field").asText()).isEqualTo("from");
            assertThat(host.call("GET", "v1/analytics/pseudonymised/orders?" + region() + "&format=xlsx", ADMIN, null)
                    .statusCode()).as("a download needs a reason").isEqualTo(400);
        } finally {
            // the JAX-RS whiteboard rebuilds the application when a resource leaves: wait until it is back
            config.delete();
            host.awaitStatus("GET", "v1/analytics/pseudonymised/measures", ADMIN, 404);
            host.awaitStatus("GET", "v1/analytics/settings", VIEWER, 200);
        }
    }
}
