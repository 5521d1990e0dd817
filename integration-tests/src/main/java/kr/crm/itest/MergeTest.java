package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MergeTest extends CrmTest {

    private String deliver(String source, String orderNo, String name, String phone) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/orders", CrmHost.REP, """
                {"source":"%s","orderNo":"%s","orderedAt":"2026-10-01T12:00:00+09:00","totalAmount":10000,
                 "buyer":{"name":"%s","phone":"%s"}}""".formatted(source, orderNo, name, phone));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return host.read(r).path("customerKey").asText();
    }

    private long orderCount(String customerKey) throws Exception {
        return host.read(host.call("GET", "v1/orders?customer=" + customerKey, CrmHost.VIEWER, null)).path("total").asLong();
    }

    private static String phone(int n) {
        return "010-" + (2000 + n) + "-" + (1000 + Math.abs(UUID.randomUUID().hashCode() % 9000));
    }

    @Test
    void aMergeAndItsUndoLeaveEveryOrderOnTheRightKey() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String name = "송지우" + u;
        String phoneA = phone(1);
        String phoneB = phone(2);
        String a = deliver("shop-a", "A1-" + u, name, phoneA);
        deliver("shop-a", "A2-" + u, name, phoneA);
        String b = deliver("shop-b", "B1-" + u, name, phoneB);
        assertThat(b).as("same name, different phone: not linked by itself").isNotEqualTo(a);

        HttpResponse<String> merged = host.call("POST", "v1/merges", CrmHost.ADMIN,
                "{\"survivorKey\":\"" + a + "\",\"mergedKey\":\"" + b + "\",\"reason\":\"같은 고객 (전화 변경)\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        JsonNode merge = host.read(merged);
        assertThat(merge.path("moved").path("sales_order").asInt()).isEqualTo(1);

        assertThat(host.read(host.call("GET", "v1/customers/" + b, CrmHost.VIEWER, null)).path("key").asText())
                .as("the merged key still resolves, to the survivor").isEqualTo(a);
        assertThat(orderCount(a)).isEqualTo(3);
        assertThat(orderCount(b)).isEqualTo(3);
        assertThat(host.read(host.call("GET", "v1/customers?q=" + CrmHost.escape(name), CrmHost.VIEWER, null))
                .path("items").findValuesAsText("key")).containsExactly(a);

        String later = deliver("shop-b", "B2-" + u, name, phoneB);
        assertThat(later).as("the merged customer's phone now finds the survivor").isEqualTo(a);

        JsonNode sources = host.read(host.call("GET", "v1/customers/" + a + "/sources", CrmHost.VIEWER, null));
        assertThat(sources.path("aliases").get(0).asText()).isEqualTo(b);
        assertThat(sources.path("values").findValuesAsText("source")).contains("shop-a", "shop-b");

        HttpResponse<String> undone = host.call("POST", "v1/merges/" + merge.path("id").asLong() + "/undo",
                CrmHost.ADMIN, null);
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(host.read(undone).path("undoneBy").asText()).isEqualTo(CrmHost.ADMIN);
        assertThat(host.read(host.call("GET", "v1/customers/" + b, CrmHost.VIEWER, null)).path("key").asText()).isEqualTo(b);
        assertThat(orderCount(b)).as("B's own order is back").isEqualTo(1);
        assertThat(orderCount(a)).as("A's orders, and the one that came to A after the merge").isEqualTo(3);
        assertThat(host.read(host.call("GET", "v1/orders/shop-b/B1-" + u, CrmHost.VIEWER, null)).path("customerKey")
                .asText()).isEqualTo(b);

        assertThat(host.call("POST", "v1/merges/" + merge.path("id").asLong() + "/undo", CrmHost.ADMIN, null).statusCode())
                .isEqualTo(400);
        assertThat(host.read(host.call("GET", "v1/merges?customer=" + a, CrmHost.VIEWER, null)).size()).isEqualTo(1);
    }

    @Test
    void onlyAdminsMergeAndNonsenseIsRefused() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String a = deliver("shop-c", "C1-" + u, "문서아" + u, phone(3));
        String body = "{\"survivorKey\":\"" + a + "\",\"mergedKey\":\"%s\",\"reason\":\"test\"}";
        assertThat(host.call("POST", "v1/merges", CrmHost.REP, body.formatted(a)).statusCode()).isEqualTo(403);
        HttpResponse<String> self = host.call("POST", "v1/merges", CrmHost.ADMIN, body.formatted(a));
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(host.read(self).path("field").asText()).isEqualTo("mergedKey");
        assertThat(host.call("POST", "v1/merges", CrmHost.ADMIN, body.formatted("C0000000000Z")).statusCode())
                .isEqualTo(404);
        HttpResponse<String> company = host.call("POST", "v1/accounts", CrmHost.REP, "{\"name\":\"합병불가" + u + "\"}");
        String companyKey = host.read(company).path("key").asText();
        HttpResponse<String> kinds = host.call("POST", "v1/merges", CrmHost.ADMIN, body.formatted(companyKey));
        assertThat(kinds.statusCode()).isEqualTo(400);
    }

    @Test
    void aContactAddedUnderAMergedAccountKeyLandsOnTheSurvivor() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String a = host.read(host.call("POST", "v1/accounts", CrmHost.REP, "{\"name\":\"합병상사" + u + "\"}"))
                .path("key").asText();
        String b = host.read(host.call("POST", "v1/accounts", CrmHost.REP, "{\"name\":\"합병상사 지점" + u + "\"}"))
                .path("key").asText();
        assertThat(host.call("POST", "v1/merges", CrmHost.ADMIN, "{\"survivorKey\":\"" + a + "\",\"mergedKey\":\""
                + b + "\",\"reason\":\"지점은 같은 거래처\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> contact = host.call("POST", "v1/accounts/" + b + "/contacts", CrmHost.REP, "{\"name\":\"나담당\"}");
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
        assertThat(host.read(contact).path("accountKey").asText()).isEqualTo(a);
        assertThat(host.read(host.call("GET", "v1/accounts/" + a + "/contacts", CrmHost.VIEWER, null)).path("total")
                .asLong()).isEqualTo(1);
    }

    private static void task(String account, String rule, String type, String status) throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO task (account_key, owner_rep, type, due_on, why, rule_id, status, version, created_at, updated_at)
                VALUES (?, 'it.rep', ?, CURRENT_DATE, '병합 시험', ?, ?, 1, NOW(3), NOW(3))""")) {
            s.setString(1, account);
            s.setString(2, type);
            s.setString(3, rule);
            s.setString(4, status);
            s.executeUpdate();
        }
    }

    private Map<String, String> tasksOf(String account) throws Exception {
        Map<String, String> statusByRule = new TreeMap<>();
        for (JsonNode t : host.read(host.call("GET", "v1/tasks?account=" + account, CrmHost.VIEWER, null))) {
            statusByRule.merge(t.path("ruleId").asText(), t.path("status").asText(), (x, y) -> x + "," + y);
        }
        return statusByRule;
    }

    @Test
    void tasksMoveWithAMergeWithoutASecondOpenTaskPerRuleAndComeBackOnUndo() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String a = host.read(host.call("POST", "v1/accounts", CrmHost.REP, "{\"name\":\"과업상사" + u + "\"}"))
                .path("key").asText();
        String b = host.read(host.call("POST", "v1/accounts", CrmHost.REP, "{\"name\":\"과업상사 본점" + u + "\"}"))
                .path("key").asText();
        task(a, "grade-B", "TM", "OPEN");
        task(b, "grade-B", "TM", "OPEN");
        task(b, "welcome", "EMAIL", "OPEN");
        task(b, "grade-C", "DM", "DONE");

        HttpResponse<String> merged = host.call("POST", "v1/merges", CrmHost.ADMIN, "{\"survivorKey\":\"" + a
                + "\",\"mergedKey\":\"" + b + "\",\"reason\":\"본점과 같은 거래처\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        JsonNode moved = host.read(merged).path("moved");
        assertThat(moved.path("task").asInt()).isEqualTo(2);
        assertThat(moved.path("task_cancelled").asInt()).isEqualTo(1);
        assertThat(tasksOf(a)).as("one open TM task for the rule, the others moved over")
                .containsEntry("grade-B", "OPEN").containsEntry("welcome", "OPEN").containsEntry("grade-C", "DONE");

        HttpResponse<String> undone = host.call("POST", "v1/merges/" + host.read(merged).path("id").asLong() + "/undo",
                CrmHost.ADMIN, null);
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(tasksOf(a)).containsOnlyKeys("grade-B").containsEntry("grade-B", "OPEN");
        assertThat(tasksOf(b)).containsEntry("grade-B", "OPEN").containsEntry("welcome", "OPEN")
                .containsEntry("grade-C", "DONE");
    }

    @Test
    void contactLogEntriesAndComplaintsMoveWithAMergeAndComeBackOnUndo() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String a = host.read(host.call("POST", "v1/accounts", CrmHost.REP, "{\"name\":\"접촉상사" + u + "\"}"))
                .path("key").asText();
        String b = host.read(host.call("POST", "v1/accounts", CrmHost.REP, "{\"name\":\"접촉상사 지점" + u + "\"}"))
                .path("key").asText();
        String entry = "{\"accountKey\":\"%s\",\"type\":\"%s\",\"summary\":\"%s\"}";
        assertThat(host.call("POST", "v1/contact-logs", CrmHost.REP, entry.formatted(a, "VISIT", "본점 방문")).statusCode())
                .isEqualTo(201);
        assertThat(host.call("POST", "v1/contact-logs", CrmHost.REP, entry.formatted(b, "CALL", "지점 통화")).statusCode())
                .isEqualTo(201);
        assertThat(host.call("POST", "v1/contact-logs", CrmHost.REP, entry.formatted(b, "COMPLAINT", "지점 불편사항"))
                .statusCode()).isEqualTo(201);

        HttpResponse<String> merged = host.call("POST", "v1/merges", CrmHost.ADMIN, "{\"survivorKey\":\"" + a
                + "\",\"mergedKey\":\"" + b + "\",\"reason\":\"지점은 같은 거래처\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        assertThat(host.read(merged).path("moved").path("contact_log").asInt()).isEqualTo(2);
        assertThat(summaries(a)).containsExactlyInAnyOrder("본점 방문", "지점 통화", "지점 불편사항");
        assertThat(summaries(b)).as("the merged key reads the survivor's log").hasSize(3);
        assertThat(host.read(host.call("GET", "v1/contact-logs/complaints?account=" + a, CrmHost.VIEWER, null))
                .findValuesAsText("summary")).containsExactly("지점 불편사항");

        String later = host.read(host.call("POST", "v1/contact-logs", CrmHost.REP, entry.formatted(a, "VISIT", "병합 후 방문")))
                .path("accountKey").asText();
        assertThat(later).isEqualTo(a);

        assertThat(host.call("POST", "v1/merges/" + host.read(merged).path("id").asLong() + "/undo", CrmHost.ADMIN, null)
                .statusCode()).isEqualTo(200);
        assertThat(summaries(a)).containsExactlyInAnyOrder("본점 방문", "병합 후 방문");
        assertThat(summaries(b)).containsExactlyInAnyOrder("지점 통화", "지점 불편사항");
        assertThat(host.read(host.call("GET", "v1/contact-logs/complaints?account=" + a, CrmHost.VIEWER, null))).isEmpty();
    }

    private java.util.List<String> summaries(String account) throws Exception {
        return host.read(host.call("GET", "v1/contact-logs?account=" + account, CrmHost.VIEWER, null)).path("items")
                .findValuesAsText("summary");
    }
}
