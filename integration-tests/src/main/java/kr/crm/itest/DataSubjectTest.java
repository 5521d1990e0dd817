package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static kr.crm.itest.CrmHost.REP;
import static kr.crm.itest.PurgeTest.count;
import static kr.crm.itest.PurgeTest.sql;
import static kr.crm.itest.PurgeTest.u;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data-subject requests in Felix with the real MariaDB: the case with its 10-day due date, gathering what is held
 * about a person from every area (access-logged, the download with a reason), erasure and restriction.
 */
class DataSubjectTest extends CrmTest {
    private static final ZoneId KST = ZoneId.of("Asia/Seoul");

    @BeforeAll
    static void mail() throws Exception {
        MailServer.get();
    }

    @Test
    void seeingGathersThePersonsDataFromEveryAreaAndTheDownloadNeedsAReason() throws Exception {
        String u = u();
        String phone = "010-55" + u.substring(0, 2) + "-" + u.substring(2, 6);
        String email = "dsr" + u + "@subject-it.kr";
        String region = "열람시험" + u;
        HttpResponse<String> p = host.call("POST", "v1/customers", REP, """
                {"kind":"PERSON","name":"서열람%s","phone":"%s","email":"%s","region":"%s"}"""
                .formatted(u, phone, email, region));
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        String key = host.read(p).path("key").asText();
        HttpResponse<String> o = host.call("POST", "v1/orders", ADMIN, """
                {"source":"it-dsr","orderNo":"D-%s","orderedAt":"2026-11-02T10:00:00+09:00","totalAmount":31000,
                 "lines":[{"lineNo":1,"productCode":"P-1","productName":"무선 키보드","quantity":1,"unitPrice":31000,
                 "amount":31000}],"buyer":{"name":"서열람%s","phone":"%s","email":"%s"}}""".formatted(u, u, phone, email));
        assertThat(o.statusCode()).as(o.body()).isIn(200, 201);
        assertThat(host.read(o).path("customerKey").asText()).isEqualTo(key);
        HttpResponse<String> log = host.call("POST", "v1/contact-logs", ADMIN,
                "{\"accountKey\":\"" + key + "\",\"type\":\"CALL\",\"summary\":\"배송 문의 전화\"}");
        assertThat(log.statusCode()).as(log.body()).isEqualTo(201);
        HttpResponse<String> consent = host.call("POST", "v1/consents", REP, """
                {"subjectKey":"%s","channel":"EMAIL","purpose":"ADVERTISING","granted":true,"method":"WEB_FORM",
                 "noticeVersion":"ad-2026-01","evidence":"웹 가입 양식 #%s"}""".formatted(key, u));
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(201);
        sql("INSERT INTO task (account_key, owner_rep, type, due_on, why, status, version, created_at, updated_at) "
                + "VALUES (?, 'it.rep', 'TM', CURRENT_DATE, '열람 시험 과제', 'OPEN', 1, NOW(3), NOW(3))", key);
        HttpResponse<String> segment = host.call("POST", "v1/segments", REP, """
                {"name":"dsr-seg-%s","conditions":[{"field":"region","op":"=","value":"%s"}]}""".formatted(u, region));
        assertThat(segment.statusCode()).as(segment.body()).isEqualTo(201);
        awaitMember(key, "dsr-seg-" + u);

        HttpResponse<String> opened = host.call("POST", "v1/data-subject-requests", REP, """
                {"customerKey":"%s","right":"ACCESS","description":"본인 개인정보 열람을 전화로 요청"}""".formatted(key));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode c = host.read(opened);
        String id = c.path("requestId").asText();
        assertThat(c.path("status").asText()).isEqualTo("RECEIVED");
        LocalDate received = Instant.parse(c.path("receivedAt").asText()).atZone(KST).toLocalDate();
        assertThat(Instant.parse(c.path("legalDueAt").asText()).atZone(KST).toLocalDate())
                .isEqualTo(received.plusDays(10));
        assertThat(c.path("overdue").asBoolean()).isFalse();
        JsonNode asService = host.read(host.call("GET", "v1/service-requests/" + id, ADMIN, null));
        assertThat(asService.path("type").asText()).isEqualTo("DATA_SUBJECT");

        HttpResponse<String> seen = host.call("GET", "v1/data-subject-requests/" + id + "/data", ADMIN, null);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        JsonNode areas = host.read(seen).path("areas");
        assertThat(areas.path("customers").get(0).path("name").asText()).isEqualTo("서열람" + u);
        assertThat(areas.path("customers").get(0).path("phone").asText()).isEqualTo(phone);
        assertThat(areas.path("orders").get(0).path("totalAmount").decimalValue()).isEqualByComparingTo("31000");
        assertThat(areas.path("orderLines").get(0).path("productName").asText()).isEqualTo("무선 키보드");
        assertThat(areas.path("contactLogs").get(0).path("summary").asText()).isEqualTo("배송 문의 전화");
        assertThat(areas.path("tasks").get(0).path("why").asText()).isEqualTo("열람 시험 과제");
        assertThat(areas.path("consents").get(0).path("purpose").asText()).isEqualTo("ADVERTISING");
        assertThat(areas.path("sentMail").get(0).path("recipient").asText()).isEqualTo(email);
        assertThat(areas.path("serviceRequests").toString()).contains("개인정보 열람 요구");
        assertThat(areas.path("segments").get(0).path("segment").asText()).isEqualTo("dsr-seg-" + u);
        assertThat(areas.path("identityIndex").toString()).contains(phone);
        for (String area : List.of("customers", "contactPersons", "orders", "orderLines", "contactLogs", "tasks",
                "consents", "optOuts", "sentMail", "serviceRequests", "segments", "identityIndex", "syncedCards",
                "grades")) {
            assertThat(areas.has(area)).as(area).isTrue();
        }
        JsonNode done = host.read(host.call("GET", "v1/data-subject-requests/" + id, ADMIN, null));
        assertThat(done.path("gatheredAt").isNull()).isFalse();
        assertThat(done.path("executedBy").asText()).isEqualTo(ADMIN);

        HttpResponse<String> noReason = host.call("GET", "v1/data-subject-requests/" + id + "/data/export", ADMIN,
                null);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(host.read(noReason).path("field").asText()).isEqualTo("reason");
        HttpResponse<String> file = host.call("GET", "v1/data-subject-requests/" + id + "/data/export?reason="
                + CrmHost.escape("정보주체 열람 요구 회신"), ADMIN, null);
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(file.body()).contains("서열람" + u);
        assertThat(host.call("GET", "v1/data-subject-requests/" + id + "/data", REP, null).statusCode())
                .isEqualTo(403);

        JsonNode accesses = host.read(host.call("GET", "v1/access-log?customer=" + key, ADMIN, null));
        assertThat(accesses.toString()).contains("GET v1/data-subject-requests/{id}/data\"")
                .contains("정보주체 열람 요구 회신");
        JsonNode newest = accesses.get(0).path("entry");
        assertThat(newest.path("action").asText()).isEqualTo("EXPORT");
        assertThat(newest.path("resource").asText()).isEqualTo("GET v1/data-subject-requests/{id}/data/export");
        assertThat(newest.path("reason").asText()).isEqualTo("정보주체 열람 요구 회신");
    }

    @Test
    void erasureDeletesAPersonWithoutOrdersAndKeepsOnlyTheOrderIdentityOfABuyerTheTaxLawKeeps() throws Exception {
        String u = u();
        HttpResponse<String> p = host.call("POST", "v1/customers", REP, """
                {"kind":"PERSON","name":"문삭제%s","phone":"010-54%s-%s","email":"del%s@subject-it.kr"}"""
                .formatted(u, u.substring(0, 2), u.substring(2, 6), u));
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        String prospect = host.read(p).path("key").asText();
        JsonNode erasure = SubjectCases.open(host, prospect, "ERASURE");
        String id = erasure.path("requestId").asText();

        HttpResponse<String> wrong = host.call("POST", "v1/data-subject-requests/" + id + "/restriction", ADMIN, null);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(host.read(wrong).path("field").asText()).isEqualTo("right");
        JsonNode done = SubjectCases.execute(host, id, "erasure");
        assertThat(done.path("outcome").asText()).startsWith("deleted");
        assertThat(host.call("GET", "v1/customers/" + prospect, ADMIN, null).statusCode()).isEqualTo(404);
        JsonNode e = PurgeTest.destructionLog("customer=" + prospect).get(0);
        assertThat(e.path("category").asText()).isEqualTo("DATA_SUBJECT");
        assertThat(e.path("requestId").asText()).isEqualTo(id);
        assertThat(e.toString()).doesNotContain("문삭제");
        JsonNode caseAfter = host.read(host.call("GET", "v1/data-subject-requests/" + id, ADMIN, null));
        assertThat(caseAfter.path("executedAt").isNull()).as("the case stays as the record").isFalse();
        assertThat(host.read(host.call("GET", "v1/service-requests/" + id, ADMIN, null)).toString())
                .doesNotContain("문삭제");
        assertThat(SubjectCases.execute(host, id, "erasure").path("executedAt").asText())
                .isEqualTo(done.path("executedAt").asText());

        HttpResponse<String> o = host.call("POST", "v1/orders", ADMIN, """
                {"source":"it-dsr","orderNo":"E-%s","orderedAt":"2026-10-15T10:00:00+09:00","totalAmount":12000,
                 "buyer":{"name":"구매자%s","phone":"010-53%s-%s"}}""".formatted(u, u, u.substring(0, 2),
                u.substring(2, 6)));
        String buyer = host.read(o).path("customerKey").asText();
        host.call("POST", "v1/contact-logs", ADMIN,
                "{\"accountKey\":\"" + buyer + "\",\"type\":\"CALL\",\"summary\":\"삭제 요구 전 통화\"}");
        JsonNode kept = SubjectCases.execute(host, SubjectCases.open(host, buyer, "ERASURE").path("requestId").asText(),
                "erasure");
        assertThat(kept.path("outcome").asText()).contains("국세기본법", "advertising stopped");
        assertThat(host.read(host.call("GET", "v1/customers/" + buyer, ADMIN, null)).path("name").asText())
                .isEqualTo("구매자" + u);
        assertThat(count("SELECT COUNT(*) FROM contact_log WHERE account_key = ?", buyer)).isZero();
        assertThat(count("SELECT COUNT(*) FROM opt_out WHERE customer_key = ? AND channel IS NULL", buyer))
                .isEqualTo(1);
        assertThat(host.read(host.call("GET", "v1/orders/it-dsr/E-" + u, ADMIN, null)).path("customerKey").asText())
                .isEqualTo(buyer);

        JsonNode restricted = SubjectCases.restrict(host, buyer);
        assertThat(restricted.path("outcome").asText()).startsWith("processing stopped");
        HttpResponse<String> missing = host.call("POST", "v1/data-subject-requests", REP,
                "{\"customerKey\":\"" + buyer + "\",\"right\":\"ACCESS\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(host.read(missing).path("field").asText()).isEqualTo("description");
        assertThat(host.call("POST", "v1/data-subject-requests", REP,
                "{\"customerKey\":\"C0000000000Z\",\"right\":\"ACCESS\",\"description\":\"x\"}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRestrictionIsLiftedWithAReasonOnTheCaseAndTheOptOutsStay() throws Exception {
        String u = u();
        HttpResponse<String> a = host.call("POST", "v1/accounts", REP, "{\"name\":\"(주)재개상사" + u + "\"}");
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        HttpResponse<String> p = host.call("POST", "v1/accounts/" + host.read(a).path("key").asText() + "/contacts",
                REP, "{\"name\":\"윤재개\",\"email\":\"resume" + u + "@subject-it.kr\"}");
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        String person = host.read(p).path("key").asText();
        String id = SubjectCases.restrict(host, person).path("requestId").asText();
        String lift = "v1/data-subject-requests/" + id + "/restriction/lift";

        HttpResponse<String> noReason = host.call("POST", lift, ADMIN, "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(host.read(noReason).path("field").asText()).isEqualTo("reason");
        assertThat(host.call("POST", lift, REP, "{\"reason\":\"본인 요청\"}").statusCode()).isEqualTo(403);
        String pending = SubjectCases.open(host, person, "RESTRICTION").path("requestId").asText();
        HttpResponse<String> notCarried = host.call("POST", "v1/data-subject-requests/" + pending
                + "/restriction/lift", ADMIN, "{\"reason\":\"본인 요청\"}");
        assertThat(notCarried.statusCode()).isEqualTo(400);
        assertThat(host.read(notCarried).path("field").asText()).isEqualTo("status");
        SubjectCases.execute(host, pending, "restriction"); // a second restriction of the same person

        HttpResponse<String> lifted = host.call("POST", lift, ADMIN, "{\"reason\":\"본인이 다시 연락을 원함\"}");
        assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
        assertThat(host.read(lifted).path("liftedBy").asText()).isEqualTo(ADMIN);
        assertThat(host.read(lifted).path("liftedAt").isTextual()).isTrue();
        HttpResponse<String> twice = host.call("POST", lift, ADMIN, "{\"reason\":\"본인이 다시 연락을 원함\"}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(host.read(twice).path("field").asText()).isEqualTo("status");
        assertThat(restricted(person)).as("the second restriction is still in force").isTrue();
        assertThat(host.call("POST", "v1/data-subject-requests/" + pending + "/restriction/lift", ADMIN,
                "{\"reason\":\"본인 요청\"}").statusCode()).isEqualTo(200);
        assertThat(restricted(person)).as("tasks may name the person again").isFalse();
        JsonNode history = host.read(host.call("GET", "v1/service-requests/" + id + "/history", ADMIN, null));
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("comment").asText()).startsWith("restriction lifted: 본인이 다시 연락을 원함")
                .endsWith("the opt-outs stay (advertising needs a new consent)");
        assertThat(last.path("by").asText()).isEqualTo(ADMIN);
        assertThat(last.path("visibleToCustomer").asBoolean()).isFalse();
        assertThat(count("SELECT COUNT(*) FROM opt_out WHERE customer_key = ?", person))
                .as("one per restriction; advertising needs a new consent").isEqualTo(2);
    }

    private static boolean restricted(String contact) throws Exception {
        return host.read(host.call("GET", "v1/contacts/" + contact, REP, null)).path("restrictedAt").isTextual();
    }

    /** The segment takes the person in once the order's measures are computed (asynchronously). */
    private static void awaitMember(String key, String segment) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!host.read(host.call("GET", "v1/segments?customer=" + key, ADMIN, null)).findValuesAsText("name")
                .contains(segment) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertThat(host.read(host.call("GET", "v1/segments?customer=" + key, ADMIN, null)).findValuesAsText("name"))
                .contains(segment);
    }
}
