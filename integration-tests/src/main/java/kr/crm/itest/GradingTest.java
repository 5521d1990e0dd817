package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.crm.api.grade.GradeService;
import org.junit.jupiter.api.Test;

class GradingTest extends CrmTest {
    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String order(String orderNo, String company, String brn, long amount, int daysAgo) {
        String at = OffsetDateTime.now(ZoneOffset.ofHours(9)).minusDays(daysAgo).withNano(0).toString();
        return """
                {"source":"erp","orderNo":"%s","orderedAt":"%s","totalAmount":%d,
                 "buyer":{"kind":"COMPANY","name":"%s","businessRegistrationNumber":"%s"}}"""
                .formatted(orderNo, at, amount, company, brn);
    }

    /** Posts the orders as one batch. @return the customer key they linked to */
    private String deliver(String... orders) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/orders/batch", CrmHost.REP, "[" + String.join(",", orders) + "]");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode results = host.read(r).path("results");
        String key = results.get(0).path("customerKey").asText();
        assertThat(results.findValuesAsText("customerKey")).containsOnly(key);
        return key;
    }

    private JsonNode grade(String key) throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/accounts/" + key + "/grade", CrmHost.VIEWER, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }

    private JsonNode history(String key) throws Exception {
        return host.read(host.call("GET", "v1/accounts/" + key + "/grade/history", CrmHost.VIEWER, null));
    }

    private static long count(String sql, String... params) throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void ordersDriveAnAccountFromCToAAndTheHistorySaysWhy() throws Exception {
        String u = run();
        String brn = Brns.random();
        String company = "(주)대한기계" + u;
        String key = deliver(order("G1-" + u, company, brn, 5_000_000, 40));
        LeasedRuns.grading(host);
        assertThat(grade(key).path("grade").asText()).isEqualTo("C");

        deliver(order("G2-" + u, company, brn, 40_000_000, 20), order("G3-" + u, company, brn, 40_000_000, 10),
                order("G4-" + u, company, brn, 40_000_000, 1));
        LeasedRuns.grading(host);

        JsonNode grade = grade(key);
        assertThat(grade.path("grade").asText()).isEqualTo("A");
        assertThat(grade.path("computed").asText()).isEqualTo("A");
        assertThat(grade.path("measures").path("orders").asLong()).isEqualTo(4);
        assertThat(grade.path("measures").path("revenue").decimalValue()).isEqualByComparingTo("125000000");
        assertThat(grade.path("reasons").toString()).contains("meets A");

        JsonNode history = history(key);
        assertThat(history.findValuesAsText("to")).containsExactly("C", "A");
        assertThat(history.get(0).path("from").isNull()).isTrue();
        assertThat(history.get(1).path("from").asText()).isEqualTo("C");
        assertThat(history.get(1).path("why").asText()).contains("revenue 125,000,000 KRW and 4 orders", "meets A");
        assertThat(history.get(1).path("policyVersion").asLong()).isPositive();
    }

    @Test
    void anOverrideHoldsUntilItExpires() throws Exception {
        String u = run();
        String key = deliver(order("O1-" + u, "(주)한결산업" + u, Brns.random(), 1_000_000, 3));
        LeasedRuns.grading(host);
        assertThat(grade(key).path("grade").asText()).isEqualTo("C");

        HttpResponse<String> bad = host.call("PUT", "v1/accounts/" + key + "/grade/override", CrmHost.REP,
                "{\"grade\":\"A\",\"expiresOn\":\"" + LocalDate.now().plusDays(30) + "\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(host.read(bad).path("field").asText()).isEqualTo("reason");
        HttpResponse<String> viewer = host.call("PUT", "v1/accounts/" + key + "/grade/override", CrmHost.VIEWER,
                "{\"grade\":\"A\",\"reason\":\"x\",\"expiresOn\":\"" + LocalDate.now().plusDays(30) + "\"}");
        assertThat(viewer.statusCode()).isEqualTo(403);

        HttpResponse<String> set = host.call("PUT", "v1/accounts/" + key + "/grade/override", CrmHost.REP,
                "{\"grade\":\"A\",\"reason\":\"신규 대형 계약 협의 중\",\"expiresOn\":\"" + LocalDate.now().plusDays(30)
                        + "\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(host.read(set).path("grade").asText()).isEqualTo("A");
        assertThat(host.read(set).path("computed").asText()).isEqualTo("C");

        LeasedRuns.grading(host);
        JsonNode held = grade(key);
        assertThat(held.path("grade").asText()).as("the override holds through a re-grade").isEqualTo("A");
        assertThat(held.path("override").path("by").asText()).isEqualTo(CrmHost.REP);

        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(
                "UPDATE grade_override SET expires_on = CURRENT_DATE - INTERVAL 2 DAY WHERE account_key = ?")) {
            s.setString(1, key);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(grade(key).path("grade").asText()).as("an expired override no longer applies").isEqualTo("C");
        LeasedRuns.grading(host);

        JsonNode history = history(key);
        assertThat(history.findValuesAsText("to")).containsExactly("C", "A", "C");
        assertThat(history.get(1).path("byUser").asText()).isEqualTo(CrmHost.REP);
        assertThat(history.get(1).path("why").asText()).contains("신규 대형 계약 협의 중");
        assertThat(history.get(2).path("why").asText()).startsWith("override expired");
        assertThat(count("SELECT COUNT(*) FROM grade_override WHERE account_key = ?", key)).isZero();
    }

    @Test
    void aDryRunReportsCountsAndChangesNothing() throws Exception {
        String u = run();
        deliver(order("D1-" + u, "(주)미래전자" + u, Brns.random(), 30_000_000, 5));
        LeasedRuns.grading(host);
        ObjectNode policy = (ObjectNode) host.read(host.call("GET", "v1/grading/policy", CrmHost.VIEWER, null));
        long version = policy.path("version").asLong();
        long historyBefore = count("SELECT COUNT(*) FROM grade_history");
        long gradesBefore = count("SELECT COUNT(*) FROM account_grade WHERE grade = 'D'");

        ObjectNode strict = policy.deepCopy();
        strict.remove(List.of("createdBy", "createdAt"));
        strict.withArray("bands").forEach(b -> ((ObjectNode) b).put("minRevenue", 999_000_000_000L));
        HttpResponse<String> r = host.call("POST", "v1/grading/policy/dry-run", CrmHost.ADMIN, strict.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode dry = host.read(r);
        long accounts = dry.path("accounts").asLong();
        assertThat(accounts).isPositive();
        assertThat(dry.path("perGrade").path("D").asLong()).as("nobody meets a band that high").isEqualTo(accounts);
        assertThat(dry.path("changed").asLong()).isPositive();

        assertThat(count("SELECT COUNT(*) FROM grade_history")).isEqualTo(historyBefore);
        assertThat(count("SELECT COUNT(*) FROM account_grade WHERE grade = 'D'")).isEqualTo(gradesBefore);
        assertThat(host.read(host.call("GET", "v1/grading/policy", CrmHost.VIEWER, null)).path("version").asLong())
                .isEqualTo(version);
        assertThat(host.call("POST", "v1/grading/policy/dry-run", CrmHost.REP, strict.toString()).statusCode())
                .isEqualTo(403);
    }

    private JsonNode save(ObjectNode policy) throws Exception {
        HttpResponse<String> r = host.call("PUT", "v1/grading/policy", CrmHost.ADMIN, policy.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }

    @Test
    void lifetimeValueFromTheLinesMarginGradesAndIsExplained() throws Exception {
        String u = run();
        String brn = Brns.random();
        String company = "(주)한결소재" + u;
        String at = OffsetDateTime.now(ZoneOffset.ofHours(9)).minusDays(3).withNano(0).toString();
        String key = deliver("""
                {"source":"erp","orderNo":"L1-%s","orderedAt":"%s","totalAmount":30000000,
                 "buyer":{"kind":"COMPANY","name":"%s","businessRegistrationNumber":"%s"},
                 "lines":[{"lineNo":1,"productName":"알루미늄 판재","quantity":100,"unitPrice":200000,"amount":20000000,
                           "margin":2000000},
                          {"lineNo":2,"productName":"절단 가공","quantity":1,"unitPrice":10000000,"amount":10000000,
                           "margin":1000000}]}""".formatted(u, at, company, brn));
        LeasedRuns.grading(host);
        JsonNode measures = grade(key).path("measures");
        // 3,000,000 margin a year x 0.75 / (1 + 0.10 - 0.75)
        assertThat(measures.path("margin").decimalValue()).isEqualByComparingTo("3000000");
        assertThat(measures.path("lifetimeValue").decimalValue()).isEqualByComparingTo("6428571");
        assertThat(grade(key).path("reasons").get(0).asText())
                .contains("margin 3,000,000 KRW, LTV 6,428,571 KRW (retention 75%, discount 10%)");

        ObjectNode policy = (ObjectNode) host.read(host.call("GET", "v1/grading/policy", CrmHost.VIEWER, null));
        assertThat(policy.path("ltv").path("retentionRate").decimalValue()).isEqualByComparingTo("0.75");
        policy.remove(List.of("createdBy", "createdAt"));
        ObjectNode draft = policy.deepCopy();
        for (JsonNode band : draft.withArray("bands")) {
            ((ObjectNode) band).put("minLtv", 7_000_000);
        }
        JsonNode saved = save(draft);
        try {
            LeasedRuns.grading(host);
            assertThat(grade(key).path("grade").asText()).as("LTV 6,428,571 < 7,000,000").isEqualTo("D");
            assertThat(grade(key).path("reasons").toString()).contains("meets no band");

            // retention 0.8: 3,000,000 x 0.8 / 0.3 = 8,000,000 meets C
            draft.put("version", saved.path("version").asLong());
            ((ObjectNode) draft.path("ltv")).put("retentionRate", 0.8);
            saved = save(draft);
            LeasedRuns.grading(host);
            assertThat(grade(key).path("measures").path("lifetimeValue").decimalValue()).isEqualByComparingTo("8000000");
            assertThat(grade(key).path("grade").asText()).isEqualTo("C");
            assertThat(grade(key).path("reasons").toString()).contains("LTV >= 7,000,000");
        } finally {
            ObjectNode back = policy.deepCopy();
            back.put("version", saved.path("version").asLong());
            save(back);
        }

        ((ObjectNode) draft.path("ltv")).put("retentionRate", 1.5);
        HttpResponse<String> invalid = host.call("POST", "v1/grading/policy/dry-run", CrmHost.ADMIN, draft.toString());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(host.read(invalid).path("field").asText()).isEqualTo("ltv.retentionRate");
    }

    @Test
    void anOpenComplaintKeepsAnAccountFromSUntilItIsResolved() throws Exception {
        String u = run();
        String brn = Brns.random();
        String key = deliver(order("K1-" + u, "(주)정밀산업" + u, brn, 9_000_000, 2));
        ObjectNode policy = (ObjectNode) host.read(host.call("GET", "v1/grading/policy", CrmHost.VIEWER, null));
        assertThat(policy.path("openComplaintNotS").asBoolean()).isTrue();
        policy.remove(List.of("createdBy", "createdAt"));
        ObjectNode easyS = policy.deepCopy();
        for (JsonNode band : easyS.withArray("bands")) {
            ((ObjectNode) band).put("minRevenue", 1).put("minOrders", 1).put("minRfm", 0);
        }
        JsonNode saved = save(easyS);
        try {
            LeasedRuns.gradeAccount(host, key);
            assertThat(grade(key).path("grade").asText()).isEqualTo("S");

            HttpResponse<String> complaint = host.call("POST", "v1/contact-logs", CrmHost.REP,
                    "{\"accountKey\":\"%s\",\"type\":\"COMPLAINT\",\"summary\":\"포장 파손 반복\"}".formatted(key));
            assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(201);
            // the contact log tells grading; the account is re-graded without a full run
            JsonNode capped = awaitGrade(key, "A");
            assertThat(capped.path("measures").path("openComplaints").asInt()).isEqualTo(1);
            assertThat(capped.path("reasons").toString()).contains("1 open complaint(s): S is not given");
            assertThat(history(key).findValuesAsText("to")).endsWith("S", "A");

            String status = "v1/contact-logs/" + host.read(complaint).path("id").asText() + "/status";
            HttpResponse<String> resolved = host.call("PUT", status, CrmHost.REP, "{\"status\":\"RESOLVED\",\"version\":1}");
            assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
            assertThat(awaitGrade(key, "S").path("measures").path("openComplaints").asInt()).isZero();
        } finally {
            ObjectNode back = policy.deepCopy();
            back.put("version", saved.path("version").asLong());
            save(back);
            LeasedRuns.grading(host); // the easy bands graded every account (a new policy version has no RFM cut points)
        }
    }

    /** Waits for the event-driven re-grade (after orders or complaints) to give the account {@code grade}. */
    private JsonNode awaitGrade(String key, String grade) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        JsonNode g = grade(key);
        while (!g.path("grade").asText().equals(grade) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            g = grade(key);
        }
        assertThat(g.path("grade").asText()).as(g.toString()).isEqualTo(grade);
        return g;
    }

    @Test
    void aPolicyChangeIsVersionedAndValidated() throws Exception {
        ObjectNode policy = (ObjectNode) host.read(host.call("GET", "v1/grading/policy", CrmHost.VIEWER, null));
        long version = policy.path("version").asLong();
        policy.remove(List.of("createdBy", "createdAt"));

        ObjectNode wrong = policy.deepCopy();
        ((ObjectNode) wrong.withArray("bands").get(1)).put("minRevenue", 900_000_000_000L);
        HttpResponse<String> invalid = host.call("PUT", "v1/grading/policy", CrmHost.ADMIN, wrong.toString());
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(host.read(invalid).path("field").asText()).isEqualTo("bands[1].minRevenue");

        HttpResponse<String> saved = host.call("PUT", "v1/grading/policy", CrmHost.ADMIN, policy.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(host.read(saved).path("version").asLong()).isEqualTo(version + 1);
        assertThat(host.read(saved).path("createdBy").asText()).isEqualTo(CrmHost.ADMIN);

        HttpResponse<String> stale = host.call("PUT", "v1/grading/policy", CrmHost.ADMIN, policy.toString());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(host.read(stale).path("currentVersion").asLong()).isEqualTo(version + 1);
        assertThat(host.call("PUT", "v1/grading/policy", CrmHost.REP, policy.toString()).statusCode()).isEqualTo(403);
    }

    @Test
    void concurrentRegradesRecordEachChangeOnce() throws Exception {
        String u = run();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = host.call("POST", "v1/accounts", CrmHost.REP,
                    "{\"name\":\"(주)동시상사" + u + i + "\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            keys.add(host.read(r).path("key").asText());
        }
        GradeService grades = CrmHost.service(host.context, GradeService.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> runs = List.of(() -> LeasedRuns.grading(host), () -> LeasedRuns.grading(host),
                    () -> grades.regrade(keys), () -> grades.regrade(keys));
            for (Future<Object> f : pool.invokeAll(runs)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (String key : keys) {
            assertThat(count("SELECT COUNT(*) FROM grade_history WHERE account_key = ?", key))
                    .as("history of %s", key).isEqualTo(1);
            assertThat(grade(key).path("grade").asText()).as("an account without orders").isEqualTo("D");
        }
    }

    @Test
    void aPersonOrUnknownKeyHasNoGrade() throws Exception {
        assertThat(host.call("GET", "v1/accounts/NOPE0000/grade", CrmHost.VIEWER, null).statusCode()).isEqualTo(404);
        assertThat(host.call("GET", "v1/accounts/NOPE0000/grade/history", CrmHost.VIEWER, null).statusCode())
                .isEqualTo(200);
    }
}
