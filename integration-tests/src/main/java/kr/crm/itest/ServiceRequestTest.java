package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

class ServiceRequestTest extends CrmTest {
    private static final String PATH = "v1/service-requests";

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    static String account(String name) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts", CrmHost.REP,
                "{\"name\":\"%s\",\"ownerRep\":\"%s\"}".formatted(name, CrmHost.REP));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    static JsonNode create(String user, String body) throws Exception {
        HttpResponse<String> r = host.call("POST", PATH, user, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r);
    }

    private static HttpResponse<String> move(String id, String status, String comment, long version) throws Exception {
        String body = comment == null ? "{\"status\":\"%s\",\"version\":%d}".formatted(status, version)
                : "{\"status\":\"%s\",\"comment\":\"%s\",\"version\":%d}".formatted(status, comment, version);
        return host.call("PUT", PATH + "/" + id + "/status", CrmHost.REP, body);
    }

    private static JsonNode sweep() throws Exception {
        return LeasedRuns.untilRan(host, PATH + "/sweep", CrmHost.ADMIN);
    }

    @Test
    void aRequestMovesThroughTheFlowAndEveryChangeIsKeptWithWhoWhenAndWhy() throws Exception {
        String a = account("(주)서비스정밀" + unique());
        JsonNode r = create(CrmHost.REP, """
                {"accountKey":"%s","type":"REPAIR","channel":"PHONE","priority":"HIGH",
                 "subject":"CNC 스핀들 소음","description":"2호기 스핀들에서 소음 발생 😟"}""".formatted(a));
        String id = r.path("id").asText();
        assertThat(r.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(r.path("version").asLong()).isEqualTo(1);
        assertThat(r.path("description").asText()).isEqualTo("2호기 스핀들에서 소음 발생 😟");
        assertThat(r.path("createdBy").asText()).isEqualTo(CrmHost.REP);

        HttpResponse<String> assigned = host.call("PUT", PATH + "/" + id + "/assignment", CrmHost.REP,
                "{\"assignee\":\"%s\",\"comment\":\"AS 담당 배정\",\"version\":1}".formatted(CrmHost.OTHER_REP));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(host.read(assigned).path("status").asText()).isEqualTo("ASSIGNED");
        assertThat(host.read(assigned).path("firstRespondedAt").isNull()).as("assigning answers nobody").isTrue();

        HttpResponse<String> working = move(id, "IN_PROGRESS", "현장 점검 예정", 2);
        assertThat(working.statusCode()).as(working.body()).isEqualTo(200);
        assertThat(host.read(working).path("firstRespondedAt").isNull()).isFalse();
        assertThat(working.headers().firstValue("ETag")).contains("\"3\"");

        HttpResponse<String> skip = move(id, "CLOSED", null, 3);
        assertThat(skip.statusCode()).as(skip.body()).isEqualTo(400);
        assertThat(host.read(skip).path("field").asText()).isEqualTo("status");
        HttpResponse<String> stale = move(id, "RESOLVED", null, 2);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(host.read(stale).path("currentVersion").asLong()).isEqualTo(3);

        JsonNode resolved = host.read(move(id, "RESOLVED", "베어링 교체 완료", 3));
        assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.path("resolvedAt").isNull()).isFalse();
        HttpResponse<String> silentReopen = move(id, "IN_PROGRESS", null, 4);
        assertThat(silentReopen.statusCode()).isEqualTo(400);
        assertThat(host.read(silentReopen).path("field").asText()).isEqualTo("comment");
        JsonNode reopened = host.read(move(id, "IN_PROGRESS", "소음 재발", 4));
        assertThat(reopened.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.path("resolvedAt").isNull()).as("reopened: no longer resolved").isTrue();

        assertThat(host.read(host.call("POST", PATH + "/" + id + "/comments", CrmHost.REP,
                "{\"text\":\"내부 메모: 부품 재고 확인\"}")).path("version").asLong()).isEqualTo(5);

        JsonNode history = host.read(host.call("GET", PATH + "/" + id + "/history", CrmHost.VIEWER, null));
        assertThat(history.findValuesAsText("kind")).containsExactly("CREATED", "ASSIGNED", "STATUS", "STATUS", "STATUS", "NOTE");
        assertThat(history.get(2).path("fromStatus").asText()).isEqualTo("ASSIGNED");
        assertThat(history.get(2).path("toStatus").asText()).isEqualTo("IN_PROGRESS");
        assertThat(history.get(2).path("comment").asText()).isEqualTo("현장 점검 예정");
        assertThat(history.get(4).path("comment").asText()).isEqualTo("소음 재발");
        assertThat(history.get(4).path("by").asText()).isEqualTo(CrmHost.REP);
        assertThat(history.get(5).path("visibleToCustomer").asBoolean()).isFalse();
        assertThat(Instant.parse(history.get(4).path("at").asText())).isAfterOrEqualTo(Instant.parse(history.get(3).path("at").asText()));

        JsonNode open = host.read(host.call("GET", PATH + "?account=" + a + "&open=true", CrmHost.VIEWER, null));
        assertThat(open.findValuesAsText("id")).containsExactly(id);
        assertThat(host.read(move(id, "RESOLVED", null, 5)).path("status").asText()).isEqualTo("RESOLVED");
        assertThat(host.read(host.call("GET", PATH + "?account=" + a + "&open=true", CrmHost.VIEWER, null))).isEmpty();
        assertThat(host.read(host.call("GET", PATH + "?status=RESOLVED&type=REPAIR&size=200", CrmHost.VIEWER, null))
                .path("items").findValuesAsText("id")).contains(id);
    }

    @Test
    void targetsCountWorkingHoursAcrossChuseokTheWeekendAndAnAdminsHoliday() throws Exception {
        String code = "IT_SLA_" + unique().toUpperCase().replace('-', '_');
        HttpResponse<String> type = host.call("PUT", "v1/service-types/" + code, CrmHost.ADMIN,
                "{\"nameKo\":\"시험 유형\",\"nameEn\":\"Test type\",\"firstResponseHours\":4,\"resolutionHours\":24}");
        assertThat(type.statusCode()).as(type.body()).isEqualTo(200);
        assertThat(host.read(host.call("GET", "v1/service-holidays?year=2026", CrmHost.VIEWER, null)).findValuesAsText("day"))
                .contains("2026-02-17", "2026-03-02", "2026-09-24", "2026-09-25", "2026-10-05");
        String a = account("(주)근무시간" + unique());
        String body = """
                {"accountKey":"%s","type":"%s","subject":"추석 전 접수","description":"연휴 직전 접수된 요청",
                 "receivedAt":"2026-09-23T16:00:00+09:00"}""".formatted(a, code);

        // Wed 16:00 + 4 working hours: 2 h on Wednesday, Thu-Fri 추석, Sat 추석 연휴, Sunday, then Mon 09:00 + 2 h
        JsonNode r = create(CrmHost.REP, body);
        assertThat(Instant.parse(r.path("firstResponseDue").asText())).isEqualTo(Instant.parse("2026-09-28T11:00:00+09:00"));
        // + 24 working hours: 2 h Wed, 9 h Mon, 9 h Tue, 4 h on Wednesday 30th
        assertThat(Instant.parse(r.path("resolutionDue").asText())).isEqualTo(Instant.parse("2026-09-30T13:00:00+09:00"));

        HttpResponse<String> added = host.call("PUT", "v1/service-holidays/2026-09-28", CrmHost.ADMIN, "{\"name\":\"창립기념일\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        try {
            JsonNode later = create(CrmHost.REP, body);
            assertThat(Instant.parse(later.path("firstResponseDue").asText()))
                    .isEqualTo(Instant.parse("2026-09-29T11:00:00+09:00"));
            assertThat(Instant.parse(later.path("resolutionDue").asText()))
                    .isEqualTo(Instant.parse("2026-10-01T13:00:00+09:00"));
        } finally {
            assertThat(host.call("DELETE", "v1/service-holidays/2026-09-28", CrmHost.ADMIN, null).statusCode()).isEqualTo(204);
        }
        assertThat(host.call("DELETE", "v1/service-holidays/2026-09-28", CrmHost.ADMIN, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aMissedTargetIsFlaggedAndEscalatedToTheTeamLeadOnce() throws Exception {
        List<Event> escalations = new CopyOnWriteArrayList<>();
        Hashtable<String, Object> topic = new Hashtable<>();
        topic.put(EventConstants.EVENT_TOPIC, "kr/crm/service/ESCALATED");
        ServiceRegistration<EventHandler> listener = host.context.registerService(EventHandler.class, escalations::add, topic);
        try {
            String team = "AS팀-" + unique();
            assertThat(host.call("PUT", "v1/service-teams/" + CrmHost.escape(team), CrmHost.ADMIN,
                    "{\"lead\":\"%s\"}".formatted(CrmHost.ADMIN)).statusCode()).isEqualTo(200);
            String a = account("(주)지연산업" + unique());
            JsonNode r = create(CrmHost.REP, """
                    {"accountKey":"%s","type":"INQUIRY","subject":"납기 문의","description":"답을 못 받음","team":"%s",
                     "receivedAt":"2026-11-02T10:00:00+09:00"}""".formatted(a, team));
            String id = r.path("id").asText();
            assertThat(r.path("slaState").asText()).isEqualTo("ON_TRACK");

            JsonNode first = sweep();
            assertThat(first.path("escalated").asInt()).isGreaterThanOrEqualTo(1);
            JsonNode swept = host.read(host.call("GET", PATH + "/" + id, CrmHost.VIEWER, null));
            assertThat(swept.path("slaState").asText()).isEqualTo("BREACHED");
            assertThat(swept.path("escalatedTo").asText()).isEqualTo(CrmHost.ADMIN);
            assertThat(host.read(host.call("GET", PATH + "/escalated", CrmHost.REP, null)).findValuesAsText("id")).contains(id);

            sweep();
            JsonNode again = host.read(host.call("GET", PATH + "/" + id, CrmHost.VIEWER, null));
            assertThat(again.path("escalatedAt").asText()).isEqualTo(swept.path("escalatedAt").asText());
            JsonNode history = host.read(host.call("GET", PATH + "/" + id + "/history", CrmHost.VIEWER, null));
            assertThat(history.findValuesAsText("comment").stream().filter(c -> c.startsWith("escalated to"))).hasSize(1);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (escalations.stream().noneMatch(e -> id.equals(e.getProperty("requestId"))) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            List<Event> mine = escalations.stream().filter(e -> id.equals(e.getProperty("requestId"))).toList();
            assertThat(mine).hasSize(1);
            assertThat(mine.get(0).getProperty("escalatedTo")).isEqualTo(CrmHost.ADMIN);
            assertThat(mine.get(0).getProperty("target")).isEqualTo("firstResponse");
        } finally {
            listener.unregister();
        }
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        String a = account("(주)검증서비스" + unique());
        String other = account("(주)남의서비스" + unique());
        String otherContact = host.read(host.call("POST", "v1/accounts/" + other + "/contacts", CrmHost.REP,
                "{\"name\":\"남담당\"}")).path("key").asText();
        String ok = "\"accountKey\":\"%s\",\"type\":\"INQUIRY\",\"subject\":\"문의\",\"description\":\"내용\"".formatted(a);
        String[][] cases = {
            {"{\"accountKey\":\"" + a + "\",\"subject\":\"s\",\"description\":\"d\"}", "type"},
            {"{\"accountKey\":\"" + a + "\",\"type\":\"NO_SUCH\",\"subject\":\"s\",\"description\":\"d\"}", "type"},
            {"{\"accountKey\":\"" + a + "\",\"type\":\"INQUIRY\",\"subject\":\"  \",\"description\":\"d\"}", "subject"},
            {"{\"accountKey\":\"" + a + "\",\"type\":\"INQUIRY\",\"subject\":\"s\",\"description\":\"" + "가".repeat(4001) + "\"}", "description"},
            {"{" + ok + ",\"receivedAt\":\"2030-01-01T10:00:00+09:00\"}", "receivedAt"},
            {"{" + ok + ",\"orderLine\":2}", "orderLine"},
            {"{" + ok + ",\"orderSource\":\"erp\"}", "orderNo"},
            {"{" + ok + ",\"orderSource\":\"erp\",\"orderNo\":\"NO-SUCH-1\"}", "orderNo"},
            {"{" + ok + ",\"channel\":\"FAX\"}", "channel"},
            {"{" + ok + ",\"contactKey\":\"" + otherContact + "\"}", "contactKey"},
            {"{" + ok + ",\"assignee\":\"김 영업\"}", "assignee"},
            {"{" + ok + ",\"team\":\"없는팀\"}", "team"},
            {"{" + ok + ",\"colour\":\"red\"}", "colour"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = host.call("POST", PATH, CrmHost.REP, c[0]);
            assertThat(r.statusCode()).as(c[1] + ": " + r.body()).isEqualTo(400);
            assertThat(host.read(r).path("field").asText()).as(r.body()).isEqualTo(c[1]);
        }
        assertThat(host.read(host.call("GET", PATH + "?account=" + a, CrmHost.VIEWER, null))).isEmpty();
        assertThat(host.call("POST", PATH, CrmHost.REP, "{\"accountKey\":\"C0000000000Z\",\"type\":\"INQUIRY\",\"subject\":\"s\",\"description\":\"d\"}")
                .statusCode()).isEqualTo(404);

        String[][] admin = {
            {"PUT", "v1/service-types/IT_BAD", "{\"nameKo\":\"가\",\"nameEn\":\"a\",\"firstResponseHours\":8,\"resolutionHours\":4}", "resolutionHours"},
            {"PUT", "v1/service-types/IT_BAD", "{\"nameKo\":\"가\",\"nameEn\":\"a\",\"resolutionHours\":4}", "firstResponseHours"},
            {"PUT", "v1/service-types/bad-code", "{\"nameKo\":\"가\",\"nameEn\":\"a\",\"firstResponseHours\":1,\"resolutionHours\":4}", "code"},
            {"PUT", "v1/service-holidays/2026-13-01", "{\"name\":\"없는 날\"}", "day"},
            {"PUT", "v1/service-holidays/2026-12-31", "{\"name\":\" \"}", "name"},
            {"PUT", "v1/service-teams/AS", "{\"lead\":\"\"}", "lead"},
            {"GET", "v1/service-holidays", null, "year"},
            {"GET", PATH + "?status=DONE", null, "status"},
        };
        for (String[] c : admin) {
            HttpResponse<String> r = host.call(c[0], c[1], CrmHost.ADMIN, c[2]);
            assertThat(r.statusCode()).as(c[1] + ": " + r.body()).isEqualTo(400);
            assertThat(host.read(r).path("field").asText()).as(r.body()).isEqualTo(c[3]);
        }
    }

    @Test
    void staffEndpointsNeedALoginAndTheRightRole() throws Exception {
        String a = account("(주)권한서비스" + unique());
        String id = create(CrmHost.REP, "{\"accountKey\":\"%s\",\"type\":\"INQUIRY\",\"subject\":\"s\",\"description\":\"d\"}"
                .formatted(a)).path("id").asText();
        assertThat(host.call("GET", PATH + "/" + id, null, null).statusCode()).isEqualTo(401);
        assertThat(host.call("GET", PATH + "?account=" + a, null, null).statusCode()).isEqualTo(401);
        assertThat(host.call("GET", "v1/service-types", null, null).statusCode()).isEqualTo(401);
        assertThat(host.call("POST", PATH, CrmHost.VIEWER, "{\"accountKey\":\"%s\",\"type\":\"INQUIRY\",\"subject\":\"s\",\"description\":\"d\"}"
                .formatted(a)).statusCode()).isEqualTo(403);
        assertThat(host.call("PUT", PATH + "/" + id + "/status", CrmHost.VIEWER, "{\"status\":\"IN_PROGRESS\",\"version\":1}")
                .statusCode()).isEqualTo(403);
        assertThat(host.call("POST", PATH + "/" + id + "/comments", CrmHost.VIEWER, "{\"text\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(host.call("POST", PATH + "/sweep", CrmHost.REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("GET", PATH + "/escalated", CrmHost.VIEWER, null).statusCode()).isEqualTo(403);
        assertThat(host.call("PUT", "v1/service-types/INQUIRY", CrmHost.REP,
                "{\"nameKo\":\"문의\",\"nameEn\":\"Inquiry\",\"firstResponseHours\":1,\"resolutionHours\":2}").statusCode()).isEqualTo(403);
        assertThat(host.call("PUT", "v1/service-holidays/2026-12-31", CrmHost.REP, "{\"name\":\"종무식\"}").statusCode()).isEqualTo(403);
        assertThat(host.call("PUT", "v1/service-teams/AS", CrmHost.REP, "{\"lead\":\"it.rep\"}").statusCode()).isEqualTo(403);
        assertThat(host.read(host.call("GET", PATH + "/" + id, CrmHost.VIEWER, null)).path("status").asText()).isEqualTo("RECEIVED");
    }
}
