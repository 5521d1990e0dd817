package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The satisfaction survey through the customer's follow link: once per resolution, a low score gives the account's
 * owner rep a follow-up task and the request an internal note; answers are reported per assignee and per type.
 */
class SatisfactionTest extends CrmTest {
    private static final String PATH = "v1/service-requests";

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static HttpResponse<String> answer(String token, String body) throws Exception {
        return host.call("POST", "v1/portal/requests/" + token + "/survey", null, body);
    }

    private static long move(String id, String status, String comment, long version) throws Exception {
        HttpResponse<String> r = host.call("PUT", PATH + "/" + id + "/status", CrmHost.REP,
                "{\"status\":\"%s\",\"comment\":\"%s\",\"version\":%d}".formatted(status, comment, version));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r).path("version").asLong();
    }

    private static void assertRefused(HttpResponse<String> r, String field) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(host.read(r).path("field").asText()).as(r.body()).isEqualTo(field);
    }

    @Test
    void aResolvedRequestIsRatedOncePerResolutionAndALowScoreGivesTheOwnerRepAFollowUpTask() throws Exception {
        String code = "IT_SAT_" + unique().toUpperCase().replace('-', '_');
        HttpResponse<String> type = host.call("PUT", "v1/service-types/" + code, CrmHost.ADMIN,
                "{\"nameKo\":\"만족도 시험\",\"nameEn\":\"Survey test\",\"firstResponseHours\":8,\"resolutionHours\":40}");
        assertThat(type.statusCode()).as(type.body()).isEqualTo(200);
        HttpResponse<String> created = host.call("POST", "v1/accounts", CrmHost.REP,
                "{\"name\":\"(주)만족도조사%s\",\"ownerRep\":\"%s\"}".formatted(unique(), CrmHost.OTHER_REP));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String account = host.read(created).path("key").asText();
        JsonNode request = ServiceRequestTest.create(CrmHost.REP, """
                {"accountKey":"%s","type":"%s","channel":"PHONE","subject":"포장기 재설치","description":"설치 후 진동"}"""
                .formatted(account, code));
        String id = request.path("id").asText();
        String token = PortalTest.sign(CrmHost.PORTAL_SECRET, id, Instant.now().plusSeconds(3600));

        JsonNode open = host.read(host.call("GET", "v1/portal/requests/" + token, null, null));
        assertThat(open.path("surveyOpen").asBoolean()).as("no survey before the request is resolved").isFalse();
        assertRefused(answer(token, "{\"score\":5}"), "score");

        // the desk dispatches it to a rep who does not own the account (a rep may not take it on himself, decision 257)
        HttpResponse<String> assigned = host.call("PUT", PATH + "/" + id + "/assignment", CrmHost.ADMIN,
                "{\"assignee\":\"%s\",\"version\":1}".formatted(CrmHost.REP));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        long version = move(id, "RESOLVED", "진동 패드 교체", host.read(assigned).path("version").asLong());

        JsonNode resolved = host.read(host.call("GET", "v1/portal/requests/" + token, null, null));
        assertThat(resolved.path("surveyOpen").asBoolean()).isTrue();
        assertRefused(answer(token, "{}"), "score");
        assertRefused(answer(token, "{\"score\":0}"), "score");
        assertRefused(answer(token, "{\"score\":6}"), "score");
        assertRefused(answer(token, "{\"score\":3,\"comment\":\"%s\"}".formatted("가".repeat(1001))), "comment");
        assertThat(answer("1.1.AAAA", "{\"score\":1}").statusCode()).as("a forged link rates nothing").isEqualTo(404);
        assertThat(host.read(host.call("GET", "v1/service-satisfaction/requests/" + id, CrmHost.VIEWER, null))).isEmpty();

        HttpResponse<String> low = answer(token, "{\"score\":2,\"comment\":\"처리가 너무 늦었어요 😞\"}");
        assertThat(low.statusCode()).as(low.body()).isEqualTo(200);
        JsonNode rated = host.read(low);
        assertThat(rated.path("surveyOpen").asBoolean()).isFalse();
        assertThat(rated.path("survey").path("score").asInt()).isEqualTo(2);
        assertThat(rated.path("survey").path("comment").asText()).isEqualTo("처리가 너무 늦었어요 😞");
        assertThat(rated.toString()).as("no staff names on the portal").doesNotContain(CrmHost.REP);
        assertThat(rated.path("entries").toString()).as("the low-score note is internal").doesNotContain("만족도");
        assertRefused(answer(token, "{\"score\":5}"), "score");

        JsonNode tasks = host.read(host.call("GET", "v1/tasks?account=" + account, CrmHost.VIEWER, null));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("ownerRep").asText()).as("the account's owner rep, not the assignee").isEqualTo(CrmHost.OTHER_REP);
        assertThat(tasks.get(0).path("status").asText()).isEqualTo("OPEN");
        assertThat(tasks.get(0).path("ruleId").asText()).isEqualTo("service-survey:" + id);
        assertThat(tasks.get(0).path("why").asText()).contains("#" + id).contains("2/5");
        JsonNode history = host.read(host.call("GET", PATH + "/" + id + "/history", CrmHost.VIEWER, null));
        assertThat(history.findValuesAsText("comment")).anySatisfy(c -> assertThat(c).startsWith("만족도 조사 낮은 점수 2/5")
                .contains(CrmHost.OTHER_REP).contains("처리가 너무 늦었어요 😞"));

        version = move(id, "IN_PROGRESS", "고객 불만으로 재처리", version);
        JsonNode reopened = host.read(host.call("GET", "v1/portal/requests/" + token, null, null));
        assertThat(reopened.path("surveyOpen").asBoolean()).isFalse();
        assertThat(reopened.path("survey").isNull()).as("the answer belongs to the earlier resolution").isTrue();
        move(id, "RESOLVED", "진동 원인 제거", version);
        assertThat(host.read(host.call("GET", "v1/portal/requests/" + token, null, null)).path("surveyOpen").asBoolean())
                .as("a new resolution asks again").isTrue();
        HttpResponse<String> high = answer(token, "{\"score\":5}");
        assertThat(high.statusCode()).as(high.body()).isEqualTo(200);
        assertThat(host.read(host.call("GET", "v1/tasks?account=" + account, CrmHost.VIEWER, null))).as("a good score plans nothing")
                .hasSize(1);

        assertThat(host.call("GET", "v1/service-satisfaction/requests/" + id, CrmHost.REP, null).statusCode())
                .as("resolved, the request no longer shows its account to the assignee").isEqualTo(404);
        JsonNode answers = host.read(host.call("GET", "v1/service-satisfaction/requests/" + id, CrmHost.OTHER_REP,
                null));
        assertThat(answers.findValuesAsText("score")).containsExactly("2", "5");
        assertThat(answers.findValuesAsText("assignee")).containsExactly(CrmHost.REP, CrmHost.REP);

        String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
        JsonNode byType = host.read(host.call("GET", "v1/service-satisfaction?by=TYPE&type=" + code + "&from=" + today
                + "&to=" + today, CrmHost.ADMIN, null));
        assertThat(byType).hasSize(1);
        assertThat(byType.get(0).path("group").asText()).isEqualTo(code);
        assertThat(byType.get(0).path("answers").asLong()).isEqualTo(2);
        assertThat(byType.get(0).path("average").asDouble()).isEqualTo(3.5);
        assertThat(byType.get(0).path("low").asLong()).isEqualTo(1);
        JsonNode byAssignee = host.read(host.call("GET", "v1/service-satisfaction?by=assignee&type=" + code, CrmHost.ADMIN, null));
        assertThat(byAssignee.findValuesAsText("group")).containsExactly(CrmHost.REP);
        assertThat(host.read(host.call("GET", "v1/service-satisfaction?by=TYPE&type=" + code + "&from=2020-01-01&to=2020-12-31",
                CrmHost.ADMIN, null))).as("answers outside the period are not counted").isEmpty();

        assertThat(host.call("GET", "v1/service-satisfaction", CrmHost.REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("GET", "v1/service-satisfaction", CrmHost.VIEWER, null).statusCode()).isEqualTo(403);
        assertRefused(host.call("GET", "v1/service-satisfaction?by=colour", CrmHost.ADMIN, null), "by");
        assertRefused(host.call("GET", "v1/service-satisfaction?from=2026-05-01&to=2026-04-01", CrmHost.ADMIN, null), "to");
        assertRefused(host.call("GET", "v1/service-satisfaction?from=yesterday", CrmHost.ADMIN, null), "from");
        assertThat(host.call("GET", "v1/service-satisfaction/requests/999999999", CrmHost.VIEWER, null).statusCode()).isEqualTo(404);
    }
}
