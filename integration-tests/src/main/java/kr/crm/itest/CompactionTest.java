package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CompactionTest extends CrmTest {

    private String create(String name, String phone) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/customers", CrmHost.REP,
                "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"phone\":\"" + phone + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    @Test
    void compactionMergesSureDuplicatesQueuesUnsureOnesAndLosesNoOrderArrivingMeanwhile() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String phone = "010-6" + String.format("%03d", Math.floorMod(u.hashCode(), 1000)) + "-" + "2468";
        String older = create("황보민" + u, phone);
        String twice = create("황보 민" + u, phone.replace("-", ""));
        String other = create("황보가을" + u, phone);

        CompletableFuture<Integer> arriving = CompletableFuture.supplyAsync(() -> {
            int stored = 0;
            for (int i = 0; i < 60; i++) {
                try {
                    HttpResponse<String> r = host.call("POST", "v1/orders", CrmHost.REP, """
                            {"source":"compact-%s","orderNo":"N%d","orderedAt":"2026-11-22T11:00:00+09:00",
                             "totalAmount":1000,"buyer":{"name":"황보민%s","phone":"%s"}}""".formatted(u, i, u, phone));
                    stored += r.statusCode() == 201 ? 1 : 0;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return stored;
        });
        HttpResponse<String> run = host.call("POST", "v1/merges/compaction", CrmHost.ADMIN, null);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(arriving.get()).isEqualTo(60);
        JsonNode result = host.read(run);
        assertThat(result.path("merged").asLong()).isGreaterThanOrEqualTo(1);

        assertThat(host.read(host.call("GET", "v1/customers/" + twice, CrmHost.VIEWER, null)).path("key").asText())
                .as("the later duplicate is an alias of the older key").isEqualTo(older);
        assertThat(host.read(host.call("GET", "v1/orders?customer=" + older + "&size=200", CrmHost.VIEWER, null))
                .path("total").asLong()).as("every order that arrived during the scan is on the survivor").isEqualTo(60);
        boolean queued = false;
        for (JsonNode review : host.read(host.call("GET", "v1/reviews?limit=500", CrmHost.ADMIN, null))) {
            queued |= review.path("customerKey").asText().equals(other) && review.path("candidateKey").asText().equals(older);
        }
        assertThat(queued).as("a shared phone under another name is only queued").isTrue();
        assertThat(host.read(host.call("GET", "v1/customers/" + other, CrmHost.VIEWER, null)).path("key").asText())
                .isEqualTo(other);
    }

    private String person(String name, String phone, String email) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/customers", CrmHost.REP, "{\"kind\":\"PERSON\",\"name\":\"" + name
                + "\"" + (phone == null ? "" : ",\"phone\":\"" + phone + "\"")
                + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    /** Inserts rows as other bundles would have made them; returns the generated ids. */
    private static List<Long> insert(String sql, List<List<Object>> rows) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (List<Object> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    s.setObject(i + 1, row.get(i));
                }
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<Long> orders(String customer, String u, int n) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of("chain-" + u, customer + "-" + i, customer));
        }
        return insert("""
                INSERT INTO sales_order (source, order_no, customer_key, ordered_at, status, currency, total_amount,
                  received_at, updated_at) VALUES (?, ?, ?, NOW(3), 'PAID', 'KRW', 1000, NOW(3), NOW(3))""", rows);
    }

    private static long task(String account, String rule) throws Exception {
        return insert("""
                INSERT INTO task (account_key, owner_rep, type, due_on, why, rule_id, status, version, created_at, updated_at)
                VALUES (?, 'it.rep', 'TM', CURRENT_DATE, '압축 시험', ?, 'OPEN', 1, NOW(3), NOW(3))""",
                List.of(List.of(account, rule))).get(0);
    }

    /** Where each row is now and, for tasks, in what status: id to "key" or "key status". */
    private static Map<Long, String> where(String sql, List<Long> ids) throws Exception {
        Map<Long, String> at = new TreeMap<>();
        try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql + " WHERE id IN (" + String.join(",", ids.stream().map(String::valueOf)
                        .toList()) + ")")) {
            while (r.next()) {
                at.put(r.getLong(1), r.getString(2));
            }
        }
        return at;
    }

    private static Map<Long, String> all(List<Long> ids, String value) {
        Map<Long, String> at = new TreeMap<>();
        ids.forEach(id -> at.put(id, value));
        return at;
    }

    private long mergeOf(String mergedKey) throws Exception {
        for (JsonNode m : host.read(host.call("GET", "v1/merges?customer=" + mergedKey, CrmHost.VIEWER, null))) {
            boolean standing = m.path("undoneAt").isNull() || m.path("undoneAt").isMissingNode();
            if (m.path("mergedKey").asText().equals(mergedKey) && standing) {
                assertThat(m.path("mergedBy").asText()).isEqualTo("compaction");
                return m.path("id").asLong();
            }
        }
        throw new AssertionError("no merge of " + mergedKey);
    }

    @Test
    void aChainMergedInOneBatchMovesOrdersAndTasksAsOneMergeAfterTheOtherWouldAndUndoesStepByStep() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String phone = "010-7" + String.format("%03d", Math.floorMod(u.hashCode(), 1000)) + "-" + "1357";
        String email = "chain" + u + "@example.kr";
        // the e-mail is decided first (EMAIL sorts before PHONE): c into b; then the phone: b into a
        String a = person("남궁도윤" + u, phone, null);
        String b = person("남궁도윤" + u, phone, email);
        String c = person("남궁도윤" + u, null, email);
        List<Long> ordersA = orders(a, u, 1);
        List<Long> ordersB = orders(b, u, 2);
        List<Long> ordersC = orders(c, u, 3);
        long openOfA = task(a, "grade-B-" + u);
        long sameRuleOfC = task(c, "grade-B-" + u);
        long otherOfC = task(c, "welcome-" + u);

        HttpResponse<String> run = host.call("POST", "v1/merges/compaction", CrmHost.ADMIN, null);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);

        for (String key : List.of(b, c)) {
            assertThat(host.read(host.call("GET", "v1/customers/" + key, CrmHost.VIEWER, null)).path("key").asText())
                    .isEqualTo(a);
        }
        List<Long> allOrders = new ArrayList<>(ordersA);
        allOrders.addAll(ordersB);
        allOrders.addAll(ordersC);
        String orderSql = "SELECT id, customer_key FROM sales_order";
        String taskSql = "SELECT id, CONCAT(account_key, ' ', status) FROM task";
        List<Long> tasks = List.of(openOfA, sameRuleOfC, otherOfC);
        assertThat(where(orderSql, allOrders)).isEqualTo(all(allOrders, a));
        assertThat(where(taskSql, tasks)).as("c's task of a's open rule is cancelled on b, where a's merge found it")
                .containsEntry(openOfA, a + " OPEN").containsEntry(sameRuleOfC, b + " CANCELLED")
                .containsEntry(otherOfC, a + " OPEN");
        long cIntoB = mergeOf(c);
        long bIntoA = mergeOf(b);
        JsonNode first = host.read(host.call("GET", "v1/merges?customer=" + c, CrmHost.VIEWER, null)).get(0);
        assertThat(first.path("survivorKey").asText()).isEqualTo(b);
        assertThat(first.path("moved").path("sales_order").asInt()).isEqualTo(3);
        assertThat(first.path("moved").path("task").asInt()).isEqualTo(2);

        assertThat(host.call("POST", "v1/merges/" + bIntoA + "/undo", CrmHost.ADMIN, null).statusCode()).isEqualTo(200);
        List<Long> ofB = new ArrayList<>(ordersB);
        ofB.addAll(ordersC);
        assertThat(where(orderSql, ofB)).as("b's merge moved c's orders too; its undo brings them back to b")
                .isEqualTo(all(ofB, b));
        assertThat(where(orderSql, ordersA)).isEqualTo(all(ordersA, a));
        assertThat(where(taskSql, tasks)).containsEntry(openOfA, a + " OPEN").containsEntry(sameRuleOfC, b + " OPEN")
                .containsEntry(otherOfC, b + " OPEN");

        assertThat(host.call("POST", "v1/merges/" + cIntoB + "/undo", CrmHost.ADMIN, null).statusCode()).isEqualTo(200);
        assertThat(where(orderSql, ordersB)).isEqualTo(all(ordersB, b));
        assertThat(where(orderSql, ordersC)).isEqualTo(all(ordersC, c));
        assertThat(where(taskSql, tasks)).containsEntry(openOfA, a + " OPEN").containsEntry(sameRuleOfC, c + " OPEN")
                .containsEntry(otherOfC, c + " OPEN");
        assertThat(host.read(host.call("GET", "v1/customers/" + c, CrmHost.VIEWER, null)).path("key").asText())
                .isEqualTo(c);
    }
}
