package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Staff work requests from the work queue and file them under topics; the service reports count what happened:
 * backlog by status, type and age, SLA attainment, the satisfaction trend from the customers' surveys and the top
 * complaint topics per account, as JSON and as CSV. Each test has a type of its own, so the reports are filtered to
 * exactly its requests.
 */
class ServiceReportTest extends CrmTest {
    private static final String PATH = "v1/service-requests";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static String newType() throws Exception {
        String code = "IT_RPT_" + unique().replace('-', '_');
        HttpResponse<String> r = host.call("PUT", "v1/service-types/" + code, CrmHost.ADMIN,
                "{\"nameKo\":\"보고서 시험\",\"nameEn\":\"Report test\",\"firstResponseHours\":8,\"resolutionHours\":40}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return code;
    }

    private static String account(String name) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts", CrmHost.REP,
                "{\"name\":\"%s\",\"ownerRep\":\"%s\"}".formatted(name, CrmHost.REP));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static JsonNode request(String account, String type, OffsetDateTime receivedAt) throws Exception {
        return ServiceRequestTest.create(CrmHost.REP, """
                {"accountKey":"%s","type":"%s","channel":"PHONE","subject":"납품 불량","description":"포장 파손",
                 "receivedAt":"%s"}""".formatted(account, type, receivedAt.truncatedTo(ChronoUnit.SECONDS)));
    }

    private static JsonNode put(String id, String what, String body) throws Exception {
        HttpResponse<String> r = host.call("PUT", PATH + "/" + id + "/" + what, CrmHost.REP, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }

    private static long reply(String id) throws Exception {
        HttpResponse<String> r = host.call("POST", PATH + "/" + id + "/comments", CrmHost.REP,
                "{\"text\":\"확인 중입니다.\",\"toCustomer\":true}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r).path("version").asLong();
    }

    private static long resolve(String id, long version) throws Exception {
        return put(id, "status", "{\"status\":\"RESOLVED\",\"comment\":\"교체 발송\",\"version\":%d}".formatted(version))
                .path("version").asLong();
    }

    private static long classify(String id, String topic, long version) throws Exception {
        return put(id, "topic", "{\"topic\":\"%s\",\"version\":%d}".formatted(topic, version)).path("version").asLong();
    }

    private static void rate(String id, int score) throws Exception {
        String token = PortalTest.sign(CrmHost.PORTAL_SECRET, id, Instant.now().plusSeconds(3600));
        HttpResponse<String> r = host.call("POST", "v1/portal/requests/" + token + "/survey", null,
                "{\"score\":%d}".formatted(score));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static JsonNode report(String name, String query) throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/service-reports/" + name + "?" + query, CrmHost.VIEWER, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }

    private static List<String> rows(JsonNode report, String... fields) {
        List<String> rows = new ArrayList<>();
        report.forEach(row -> {
            List<String> cells = new ArrayList<>();
            for (String f : fields) {
                cells.add(row.path(f).isNull() ? "null" : row.path(f).asText());
            }
            rows.add(String.join("|", cells));
        });
        return rows;
    }

    @Test
    void theReportsCountBacklogByAgeSlaAttainmentSatisfactionAndTopicsOfTheRequestsStaffWorked() throws Exception {
        String type = newType();
        String company = "(주)보고서정밀" + unique();
        String account = account(company);
        OffsetDateTime now = OffsetDateTime.now(SEOUL);
        OffsetDateTime twoWeeksAgo = now.minusDays(14);

        // on time: received now, answered and resolved now
        String fast = request(account, type, now.minusMinutes(5)).path("id").asText();
        long v = reply(fast);
        v = classify(fast, "quality", v);
        resolve(fast, v);
        // late: received two weeks ago, answered and resolved only now
        String late = request(account, type, twoWeeksAgo).path("id").asText();
        v = reply(late);
        v = classify(late, "QUALITY", v);
        resolve(late, v);
        // still open two weeks on, never answered, assigned to the rep
        String stuck = request(account, type, twoWeeksAgo).path("id").asText();
        v = put(stuck, "assignment", "{\"assignee\":\"%s\",\"version\":1}".formatted(CrmHost.REP)).path("version").asLong();
        classify(stuck, "DELIVERY", v);
        // another account with one request, just received, that nobody classified yet
        String otherName = "(주)보고서상사" + unique();
        String other = account(otherName);
        request(other, type, now.minusMinutes(1));

        rate(fast, 5);
        rate(late, 1);

        LocalDate today = now.toLocalDate();
        String period = "from=" + today.minusDays(20) + "&to=" + today + "&type=" + type;

        assertThat(rows(report("backlog", period), "status", "requests", "underOneDay", "oneToThreeDays",
                "threeToSevenDays", "overSevenDays"))
                .containsExactly("RECEIVED|1|1|0|0|0", "ASSIGNED|1|0|0|0|1", "RESOLVED|2|1|0|0|1");

        JsonNode sla = report("sla", period);
        assertThat(rows(sla, "type", "requests", "firstResponseDecided", "firstResponseMet", "resolutionDecided",
                "resolutionMet", "openOverdue"))
                .as("the request just received is not due yet, so none of its targets is decided")
                .containsExactly(type + "|4|3|1|3|1|1");
        assertThat(sla.get(0).path("firstResponseRate").asDouble()).isEqualTo(0.3333);

        JsonNode trend = report("satisfaction", period);
        assertThat(rows(trend, "month")).as("every month of the period")
                .containsExactlyElementsOf(today.minusDays(20).getMonthValue() == today.getMonthValue()
                        ? List.of(today.toString().substring(0, 7))
                        : List.of(today.minusDays(20).toString().substring(0, 7), today.toString().substring(0, 7)));
        JsonNode thisMonth = trend.get(trend.size() - 1);
        assertThat(thisMonth.path("answers").asLong()).isEqualTo(2);
        assertThat(thisMonth.path("average").asDouble()).isEqualTo(3.0);
        assertThat(thisMonth.path("low").asLong()).isEqualTo(1);

        assertThat(rows(report("topics", period + "&accounts=5"), "accountName", "topic", "requests", "open"))
                .containsExactly(company + "|QUALITY|2|0", company + "|DELIVERY|1|1",
                        otherName + "|null|1|1");
        assertThat(rows(report("topics", period + "&accounts=1"), "accountKey"))
                .as("only the account with the most requests").containsOnly(account);

        // the period counts requests by when they were received
        assertThat(rows(report("backlog", "from=" + today.minusDays(3) + "&to=" + today + "&type=" + type),
                "status", "requests")).containsExactly("RECEIVED|1", "RESOLVED|1");

        // the work queue: the rep's open requests of this type
        JsonNode queue = host.read(host.call("GET", PATH + "?type=" + type + "&assignee=" + CrmHost.REP
                + "&open=true", CrmHost.REP, null));
        assertThat(queue.path("total").asLong()).isEqualTo(1);
        assertThat(queue.path("items").get(0).path("id").asText()).isEqualTo(stuck);
        assertThat(queue.path("items").get(0).path("topic").asText()).isEqualTo("DELIVERY");
    }

    @Test
    void aTopicIsOneOfTheConfiguredCodesAndItsChangeIsKeptInTheHistory() throws Exception {
        String type = newType();
        String account = account("(주)분류시험" + unique());
        String id = request(account, type, OffsetDateTime.now(SEOUL)).path("id").asText();

        JsonNode topics = host.read(host.call("GET", PATH + "/topics", CrmHost.VIEWER, null));
        assertThat(topics.toString()).contains("QUALITY", "DELIVERY", "OTHER");

        HttpResponse<String> unknown = host.call("PUT", PATH + "/" + id + "/topic", CrmHost.REP,
                "{\"topic\":\"WEATHER\",\"version\":1}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(host.read(unknown).path("field").asText()).isEqualTo("topic");
        assertThat(host.call("PUT", PATH + "/" + id + "/topic", CrmHost.VIEWER, "{\"topic\":\"PRICE\",\"version\":1}")
                .statusCode()).as("a viewer only reads").isEqualTo(403);

        long v = classify(id, "price", 1);
        HttpResponse<String> stale = host.call("PUT", PATH + "/" + id + "/topic", CrmHost.REP,
                "{\"topic\":\"OTHER\",\"version\":1}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

        JsonNode history = host.read(host.call("GET", PATH + "/" + id + "/history", CrmHost.VIEWER, null));
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("kind").asText()).isEqualTo("TOPIC");
        assertThat(last.path("comment").asText()).contains("PRICE");
        assertThat(last.path("by").asText()).isEqualTo(CrmHost.REP);

        put(id, "topic", "{\"topic\":null,\"version\":%d}".formatted(v));
        assertThat(host.read(host.call("GET", PATH + "/" + id, CrmHost.VIEWER, null)).path("topic").isNull()).isTrue();
    }

    @Test
    void aReportExportsAsCsvAndRefusesABadPeriodNamingTheField() throws Exception {
        String type = newType();
        String account = account("(주)내보내기" + unique());
        request(account, type, OffsetDateTime.now(SEOUL).minusMinutes(10));
        LocalDate today = LocalDate.now(SEOUL);

        HttpResponse<String> csv = host.call("GET", "v1/service-reports/backlog?format=csv&type=" + type,
                CrmHost.VIEWER, null);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).as("a byte-order mark, so that Excel reads the UTF-8").startsWith("\uFEFF");
        assertThat(csv.body().substring(1).lines().toList()).contains("status,type,requests,under1Day,1to3Days,3to7Days,over7Days,"
                + "oldestHours", "RECEIVED," + type + ",1,1,0,0,0,0");

        HttpResponse<String> backwards = host.call("GET", "v1/service-reports/sla?from=" + today + "&to="
                + today.minusDays(1), CrmHost.VIEWER, null);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(host.read(backwards).path("field").asText()).isEqualTo("to");
        HttpResponse<String> tooMany = host.call("GET", "v1/service-reports/topics?accounts=0", CrmHost.VIEWER, null);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(host.read(tooMany).path("field").asText()).isEqualTo("accounts");
        assertThat(host.call("GET", "v1/service-reports/sla", null, null).statusCode()).isEqualTo(401);
    }
}
