package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static kr.crm.itest.CrmHost.OTHER_REP;
import static kr.crm.itest.CrmHost.REP;
import static kr.crm.itest.CrmHost.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ways to another rep's account that a review found open (issue 10): completing his task, taking his customer's
 * service request on or changing it, seeing it in the service desk's queue, reading an old key of a chain of merges;
 * and personal data a viewer saw unmasked or a read that left no access-log row. Each is closed now.
 */
class RecordScopeTest extends CrmTest {

    /** A company account of this owner; none (everyone's) for null. */
    private static String account(String owner) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts", ADMIN, """
                {"name":"(주)범위%s",%s"region":"대전","phone":"042-555-0101"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6),
                        owner == null ? "" : "\"ownerRep\":\"" + owner + "\","));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    @Test
    void aRepCannotCompleteAnotherRepsTaskAndTheTaskStaysOpen() throws Exception {
        String theirs = account(OTHER_REP);
        long task = OpenTasks.insert(theirs, OTHER_REP, "TM", "정기 통화");
        String done = "{\"version\":1,\"outcome\":\"DONE\",\"note\":\"남의 일\"}";
        HttpResponse<String> refused = host.call("POST", "v1/tasks/" + task + "/complete", REP, done);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain(theirs);
        assertThat(host.call("POST", "v1/tasks/" + task + "/complete", OTHER_REP, done).statusCode()).isEqualTo(200);
    }

    @Test
    void aRepMayLogAndDispatchAServiceRequestForAnAccountHeCannotSeeButNotTakeItOnOrChangeIt() throws Exception {
        String theirs = account(OTHER_REP);
        String body = """
                {"accountKey":"%s","type":"INQUIRY","channel":"PHONE","subject":"납기 문의","description":"전화 문의"%s}""";
        HttpResponse<String> taken = host.call("POST", "v1/service-requests", REP,
                body.formatted(theirs, ",\"assignee\":\"" + REP + "\""));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(404);
        assertThat(host.call("GET", "v1/customers/" + theirs, REP, null).statusCode()).isEqualTo(404);

        HttpResponse<String> dispatched = host.call("POST", "v1/service-requests", REP,
                body.formatted(theirs, ",\"assignee\":\"" + OTHER_REP + "\""));
        assertThat(dispatched.statusCode()).as("the desk takes calls for any account, and names its owner")
                .isEqualTo(201);
        assertThat(host.read(dispatched).path("assignee").asText()).isEqualTo(OTHER_REP);

        HttpResponse<String> logged = host.call("POST", "v1/service-requests", REP, body.formatted(theirs, ""));
        assertThat(logged.statusCode()).isEqualTo(201);
        String id = host.read(logged).path("id").asText();
        String path = "v1/service-requests/" + id;
        for (String[] change : new String[][] {
                {"/assignment", "{\"assignee\":\"%s\",\"comment\":\"제가 맡겠습니다\",\"version\":1}".formatted(REP)},
                {"/assignment", "{\"assignee\":\"%s\",\"comment\":\"담당자에게\",\"version\":1}".formatted(OTHER_REP)},
                {"/status", "{\"status\":\"IN_PROGRESS\",\"comment\":\"확인 중\",\"version\":1}"},
                {"/topic", "{\"topic\":null,\"version\":1}"}}) {
            HttpResponse<String> refused = host.call("PUT", path + change[0], REP, change[1]);
            assertThat(refused.statusCode()).as(change[0] + " " + refused.body()).isEqualTo(404);
        }
        HttpResponse<String> reply = host.call("POST", path + "/comments", REP,
                "{\"text\":\"고객님께 회신\",\"toCustomer\":true}");
        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(host.call("GET", "v1/customers/" + theirs, REP, null).statusCode()).as("still not his").isEqualTo(404);

        JsonNode untouched = host.read(host.call("GET", path, OTHER_REP, null));
        assertThat(untouched.path("version").asLong()).as("nothing of it changed").isEqualTo(1);
        assertThat(untouched.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(host.read(host.call("GET", path + "/history", OTHER_REP, null)).findValuesAsText("comment"))
                .doesNotContain("고객님께 회신");

        CrmHost.accessLogCopied();
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement("SELECT resource FROM access_log "
                + "WHERE action = 'DENIED' AND username = ? AND customer_keys = ? AND resource LIKE ?")) {
            s.setString(1, REP);
            s.setString(2, theirs);
            s.setString(3, "% v1/service-requests/{id}/%");
            java.util.List<String> denied = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    denied.add(r.getString(1));
                }
            }
            assertThat(denied).as("each refused change is in the access log, naming the account")
                    .containsExactlyInAnyOrder("PUT v1/service-requests/{id}/assignment",
                            "PUT v1/service-requests/{id}/assignment", "PUT v1/service-requests/{id}/status",
                            "PUT v1/service-requests/{id}/topic", "POST v1/service-requests/{id}/comments");
        }
    }

    @Test
    void aRepsWorkQueueAndEscalationsHoldOnlyRequestsOnAccountsHeMaySee() throws Exception {
        String mine = request(account(REP));
        String theirs = request(account(OTHER_REP));
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(
                "UPDATE service_request SET escalated_at = CURRENT_TIMESTAMP(3), escalated_to = ? WHERE id IN (?, ?)")) {
            s.setString(1, ADMIN);
            s.setLong(2, Long.parseLong(mine));
            s.setLong(3, Long.parseLong(theirs));
            assertThat(s.executeUpdate()).isEqualTo(2);
        }

        assertThat(queue(REP, "open=true")).contains(mine).doesNotContain(theirs);
        assertThat(queue(OTHER_REP, "open=true")).contains(theirs).doesNotContain(mine);
        assertThat(queue(ADMIN, "open=true")).contains(mine, theirs);
        assertThat(host.read(host.call("GET", "v1/service-requests/escalated", REP, null)).findValuesAsText("id"))
                .contains(mine).doesNotContain(theirs);
        assertThat(host.read(host.call("GET", "v1/service-requests/escalated", ADMIN, null)).findValuesAsText("id"))
                .contains(mine, theirs);

        HttpResponse<String> dispatched = host.call("PUT", "v1/service-requests/" + theirs + "/assignment", ADMIN,
                "{\"assignee\":\"%s\",\"comment\":\"지원 요청\",\"version\":1}".formatted(REP));
        assertThat(dispatched.statusCode()).as(dispatched.body()).isEqualTo(200);
        assertThat(queue(REP, "open=true")).as("assigned to him").contains(theirs);
        HttpResponse<String> resolved = host.call("PUT", "v1/service-requests/" + theirs + "/status", REP,
                "{\"status\":\"RESOLVED\",\"comment\":\"점검 완료\",\"version\":2}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(queue(REP, "status=RESOLVED")).as("his work, resolved").contains(theirs);
        assertThat(host.call("GET", "v1/customers/" + host.read(resolved).path("accountKey").asText(), REP, null)
                .statusCode()).as("but the account is not his any more").isEqualTo(404);
    }

    /** An open request on the account, logged by the admin. @return its id */
    private static String request(String account) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/service-requests", ADMIN, """
                {"accountKey":"%s","type":"REPAIR","channel":"PHONE","subject":"설비 점검","description":"점검 요청"}"""
                .formatted(account));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("id").asText();
    }

    /** The ids of every page of the caller's work queue; each page's total agrees with what the pages hold. */
    private static java.util.List<String> queue(String user, String filter) throws Exception {
        java.util.List<String> ids = new java.util.ArrayList<>();
        long total = -1;
        for (int page = 0; total < 0 || ids.size() < total; page++) {
            JsonNode p = host.read(host.call("GET", "v1/service-requests?" + filter + "&size=100&page=" + page, user,
                    null));
            total = p.path("total").asLong();
            p.path("items").forEach(r -> ids.add(r.path("id").asText()));
            if (p.path("items").isEmpty()) {
                break;
            }
        }
        assertThat(ids).as("the total counts what the pages hold").hasSize((int) total);
        return ids;
    }

    @Test
    void anOldKeyOfAChainOfMergesAnswersWithTheAccountItEndedIn() throws Exception {
        String first = account(null);
        String second = account(null);
        String last = account(OTHER_REP);
        merge(second, first);
        merge(last, second);
        assertThat(host.call("GET", "v1/customers/" + first, OTHER_REP, null).statusCode()).isEqualTo(200);
        assertThat(host.call("GET", "v1/customers/" + first, REP, null).statusCode())
                .as("the oldest key leads to another rep's account").isEqualTo(404);
    }

    private static void merge(String survivor, String merged) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/merges", ADMIN,
                "{\"survivorKey\":\"%s\",\"mergedKey\":\"%s\",\"reason\":\"같은 회사\"}".formatted(survivor, merged));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void aViewerSeesTheSourcedPhonesMaskedAndAConsentHistoryReadIsLogged() throws Exception {
        String mine = account(REP);
        JsonNode sources = host.read(host.call("GET", "v1/customers/" + mine + "/sources", VIEWER, null));
        assertThat(sources.findValuesAsText("entered")).isNotEmpty().noneMatch(v -> v.contains("555-0101"))
                .anyMatch(v -> v.equals("042-***-0101"));
        JsonNode full = host.read(host.call("GET", "v1/customers/" + mine + "/sources", REP, null));
        assertThat(full.findValuesAsText("entered")).anyMatch(v -> v.contains("555-0101"));

        assertThat(host.call("GET", "v1/consents/" + mine, REP, null).statusCode()).isEqualTo(200);
        CrmHost.accessLogCopied();
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM access_log WHERE username = ? AND customer_keys = ? AND resource = ?")) {
            s.setString(1, REP);
            s.setString(2, mine);
            s.setString(3, "GET v1/consents/{key}");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
    }
}
