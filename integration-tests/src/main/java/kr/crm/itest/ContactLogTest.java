package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactLogTest extends CrmTest {

    private static String account(String name) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts", CrmHost.REP,
                "{\"name\":\"%s\",\"ownerRep\":\"%s\"}".formatted(name, CrmHost.REP));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static HttpResponse<String> log(String user, String body) throws Exception {
        return host.call("POST", "v1/contact-logs", user, body);
    }

    private static String visit(String account, String summary) {
        return "{\"accountKey\":\"%s\",\"type\":\"VISIT\",\"summary\":\"%s\",\"outcome\":\"견적 요청\",\"nextStep\":\"다음 주 견적서 발송\"}"
                .formatted(account, summary);
    }

    private static long entries(String account) throws Exception {
        return host.read(host.call("GET", "v1/contact-logs?account=" + account, CrmHost.VIEWER, null)).path("total").asLong();
    }

    @Test
    void aRepLogsAVisitInKoreanAndEveryReaderSeesItNewestFirst() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String a = account("(주)접촉정밀" + u);
        HttpResponse<String> contact = host.call("POST", "v1/accounts/" + a + "/contacts", CrmHost.REP,
                "{\"name\":\"박서연\",\"title\":\"구매팀장\"}");
        String contactKey = host.read(contact).path("key").asText();

        HttpResponse<String> first = log(CrmHost.REP, "{\"accountKey\":\"%s\",\"contactKey\":\"%s\",\"type\":\"CALL\",\"summary\":\"신제품 소개 통화\",\"occurredAt\":\"2026-11-20T10:00:00+09:00\"}"
                .formatted(a, contactKey.toLowerCase()));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(first.headers().firstValue("Location").orElseThrow()).contains("/api/v1/contact-logs/");
        HttpResponse<String> second = log(CrmHost.REP, visit(a, "공장 방문, 설비 교체 상담 😀"));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        JsonNode entry = host.read(second);
        assertThat(entry.path("author").asText()).isEqualTo(CrmHost.REP);
        assertThat(entry.path("summary").asText()).isEqualTo("공장 방문, 설비 교체 상담 😀");
        assertThat(entry.path("complaintStatus").isNull()).isTrue();

        JsonNode page = host.read(host.call("GET", "v1/contact-logs?account=" + a, CrmHost.VIEWER, null));
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("items").findValuesAsText("summary")).containsExactly("공장 방문, 설비 교체 상담 😀", "신제품 소개 통화");
        assertThat(page.path("items").get(1).path("contactKey").asText()).isEqualTo(contactKey);
        assertThat(page.path("items").get(1).path("occurredAt").asText()).startsWith("2026-11-20T10:00");
    }

    @Test
    void onlyTheAuthorOrAnAdminEditsOrDeletesAndEditsKeepTheirHistory() throws Exception {
        String a = account("(주)권한상사" + UUID.randomUUID().toString().substring(0, 6));
        JsonNode entry = host.read(log(CrmHost.REP, visit(a, "첫 방문")));
        String path = "v1/contact-logs/" + entry.path("id").asText();
        String edit = visit(a, "첫 방문 (수정)");

        assertThat(host.call("PUT", path, CrmHost.OTHER_REP, edit, "If-Match", "\"1\"").statusCode()).isEqualTo(403);
        assertThat(host.call("DELETE", path, CrmHost.OTHER_REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("PUT", path, CrmHost.VIEWER, edit, "If-Match", "\"1\"").statusCode()).isEqualTo(403);
        assertThat(log(CrmHost.VIEWER, visit(a, "조회자는 기록 못함")).statusCode()).isEqualTo(403);

        HttpResponse<String> edited = host.call("PUT", path, CrmHost.REP, edit, "If-Match", "\"1\"");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(host.read(edited).path("version").asLong()).isEqualTo(2);
        assertThat(host.read(edited).path("summary").asText()).isEqualTo("첫 방문 (수정)");

        HttpResponse<String> stale = host.call("PUT", path, CrmHost.REP, visit(a, "늦은 수정"), "If-Match", "\"1\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(host.read(stale).path("currentVersion").asLong()).isEqualTo(2);

        JsonNode history = host.read(host.call("GET", path + "/history", CrmHost.VIEWER, null));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("entry").path("summary").asText()).isEqualTo("첫 방문");
        assertThat(history.get(0).path("changedBy").asText()).isEqualTo(CrmHost.REP);

        assertThat(host.call("DELETE", path, CrmHost.ADMIN, null).statusCode()).isEqualTo(204);
        assertThat(host.call("GET", path, CrmHost.VIEWER, null).statusCode()).isEqualTo(404);
        assertThat(entries(a)).isZero();
        try (Connection c = CrmHost.jdbc();
                PreparedStatement s = c.prepareStatement("SELECT summary, deleted_by FROM contact_log WHERE id = ?")) {
            s.setLong(1, entry.path("id").asLong());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("a delete is soft: the row stays").isTrue();
                assertThat(r.getString(1)).isEqualTo("첫 방문 (수정)");
                assertThat(r.getString(2)).isEqualTo(CrmHost.ADMIN);
            }
        }
    }

    private static long openComplaintsInSql(String account) throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement("""
                SELECT COUNT(*) FROM contact_log WHERE account_key = ? AND type = 'COMPLAINT'
                  AND status <> 'RESOLVED' AND deleted_at IS NULL""")) {
            s.setString(1, account);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aComplaintStaysOnTheAccountUntilResolved() throws Exception {
        String a = account("(주)불편산업" + UUID.randomUUID().toString().substring(0, 6));
        HttpResponse<String> created = log(CrmHost.REP, "{\"accountKey\":\"%s\",\"type\":\"COMPLAINT\",\"summary\":\"납품 지연 불만\"}".formatted(a));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode complaint = host.read(created);
        assertThat(complaint.path("complaintStatus").asText()).isEqualTo("OPEN");
        String complaints = "v1/contact-logs/complaints?account=" + a;
        assertThat(host.read(host.call("GET", complaints, CrmHost.VIEWER, null)).findValuesAsText("summary"))
                .containsExactly("납품 지연 불만");
        assertThat(openComplaintsInSql(a)).isEqualTo(1);

        String status = "v1/contact-logs/" + complaint.path("id").asText() + "/status";
        HttpResponse<String> inProgress = host.call("PUT", status, CrmHost.OTHER_REP, "{\"status\":\"IN_PROGRESS\",\"version\":1}");
        assertThat(inProgress.statusCode()).as("another rep may work on a complaint: " + inProgress.body()).isEqualTo(200);
        assertThat(host.read(host.call("GET", complaints, CrmHost.VIEWER, null))).hasSize(1);
        assertThat(host.call("PUT", status, CrmHost.REP, "{\"status\":\"RESOLVED\",\"version\":1}").statusCode()).isEqualTo(409);
        assertThat(host.call("PUT", status, CrmHost.VIEWER, "{\"status\":\"RESOLVED\",\"version\":2}").statusCode()).isEqualTo(403);

        HttpResponse<String> resolved = host.call("PUT", status, CrmHost.REP, "{\"status\":\"RESOLVED\",\"version\":2}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(host.read(host.call("GET", complaints, CrmHost.VIEWER, null))).isEmpty();
        assertThat(openComplaintsInSql(a)).isZero();
        assertThat(host.read(host.call("GET", "v1/contact-logs/" + complaint.path("id").asText() + "/history", CrmHost.VIEWER,
                null)).findValuesAsText("complaintStatus")).containsExactly("IN_PROGRESS", "OPEN");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String a = account("(주)검증물산" + UUID.randomUUID().toString().substring(0, 6));
        String other = account("(주)남의회사" + UUID.randomUUID().toString().substring(0, 6));
        String otherContact = host.read(host.call("POST", "v1/accounts/" + other + "/contacts", CrmHost.REP,
                "{\"name\":\"남담당\"}")).path("key").asText();
        String[][] cases = {
            {"{\"accountKey\":\"%s\",\"summary\":\"유형 없음\"}", "type"},
            {"{\"accountKey\":\"%s\",\"type\":\"VISIT\",\"summary\":\"  \"}", "summary"},
            {"{\"accountKey\":\"%s\",\"type\":\"VISIT\",\"summary\":\"방문\",\"complaintStatus\":\"OPEN\"}", "complaintStatus"},
            {"{\"accountKey\":\"%s\",\"type\":\"VISIT\",\"summary\":\"방문\",\"attachmentUrl\":\"javascript:alert(1)\"}", "attachmentUrl"},
            {"{\"accountKey\":\"%s\",\"type\":\"VISIT\",\"summary\":\"방문\",\"contactKey\":\"" + otherContact + "\"}", "contactKey"},
            {"{\"accountKey\":\"%s\",\"type\":\"VISIT\",\"summary\":\"방문\",\"occurredAt\":\"2030-01-01T10:00:00+09:00\"}", "occurredAt"},
            {"{\"accountKey\":\"%s\",\"type\":\"MEETING\",\"summary\":\"방문\"}", "type"},
            {"{\"accountKey\":\"%s\",\"type\":\"VISIT\",\"summary\":\"방문\",\"completesTaskId\":\"999999999\"}", "completesTaskId"},
            {"{\"accountKey\":\"%s\",\"type\":\"VISIT\",\"summary\":\"" + "가".repeat(2001) + "\"}", "summary"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = log(CrmHost.REP, c[0].formatted(a));
            assertThat(r.statusCode()).as(c[1] + ": " + r.body()).isEqualTo(400);
            assertThat(host.read(r).path("field").asText()).isEqualTo(c[1]);
        }
        assertThat(log(CrmHost.REP, visit("C0000000000Z", "없는 거래처")).statusCode()).isEqualTo(404);
        assertThat(entries(a)).isZero();
        assertThat(host.call("GET", "v1/contact-logs", CrmHost.VIEWER, null).statusCode()).isEqualTo(400);
    }

    private static long openTask(String account) throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO task (account_key, owner_rep, type, due_on, why, rule_id, status, version, created_at, updated_at)
                VALUES (?, 'it.rep', 'TM', CURRENT_DATE, '접촉 시험', 'plan:B', 'OPEN', 1, NOW(3), NOW(3))""",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, account);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Test
    void anEntryCompletesATaskOnceAndARepeatedRequestLogsOnce() throws Exception {
        String a = account("(주)과업완료" + UUID.randomUUID().toString().substring(0, 6));
        long task = openTask(a);
        String body = "{\"accountKey\":\"%s\",\"type\":\"CALL\",\"summary\":\"TM 통화, 담당자 확인\",\"completesTaskId\":\"%d\",\"taskOutcome\":\"REACHED\"}"
                .formatted(a, task);
        String idem = UUID.randomUUID().toString();
        HttpResponse<String> logged = host.call("POST", "v1/contact-logs", CrmHost.REP, body, "Idempotency-Key", idem);
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        assertThat(host.read(logged).path("completedTaskId").asLong()).isEqualTo(task);
        HttpResponse<String> again = host.call("POST", "v1/contact-logs", CrmHost.REP, body, "Idempotency-Key", idem);
        assertThat(host.read(again).path("id").asText()).isEqualTo(host.read(logged).path("id").asText());

        JsonNode done = null;
        for (JsonNode t : host.read(host.call("GET", "v1/tasks?account=" + a, CrmHost.VIEWER, null))) {
            if (t.path("id").asLong() == task) {
                done = t;
            }
        }
        assertThat(done).isNotNull();
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("outcome").asText()).isEqualTo("REACHED");

        HttpResponse<String> twice = log(CrmHost.REP, body);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(host.read(twice).path("field").asText()).isEqualTo("completesTaskId");
        assertThat(entries(a)).as("the refused completion logged nothing").isEqualTo(1);
    }

    @Test
    void aRetryAfterTheTaskWasCompletedButNoEntryStoredStoresTheEntryOnce() throws Exception {
        String a = account("(주)재시도" + UUID.randomUUID().toString().substring(0, 6));
        long task = openTask(a);
        // the first attempt got as far as completing the task, then its node died before the entry was stored
        HttpResponse<String> completed = host.call("POST", "v1/tasks/" + task + "/complete", CrmHost.REP,
                "{\"version\":1,\"outcome\":\"REACHED\",\"note\":\"TM 통화, 담당자 확인\"}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        String body = "{\"accountKey\":\"%s\",\"type\":\"CALL\",\"summary\":\"TM 통화, 담당자 확인\",\"completesTaskId\":\"%d\",\"taskOutcome\":\"REACHED\"}"
                .formatted(a, task);

        HttpResponse<String> retried = host.call("POST", "v1/contact-logs", CrmHost.REP, body, "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(host.read(retried).path("completedTaskId").asLong()).isEqualTo(task);

        HttpResponse<String> another = host.call("POST", "v1/contact-logs", CrmHost.REP, body, "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(another.statusCode()).as("the task is named by an entry now").isEqualTo(400);
        assertThat(host.read(another).path("field").asText()).isEqualTo("completesTaskId");
        assertThat(entries(a)).isEqualTo(1);
    }
}
