package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The postal DM list of a segment: only members who may get advertising by post and have a deliverable address go
 * on it, the rest are counted by reason; as a CSV export and as a printable label sheet, both with a reason that the
 * access log keeps.
 */
class PostalListTest extends CrmTest {
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String region = "우편" + run;

    private static String phone() {
        return "010-%04d-%04d".formatted(ThreadLocalRandom.current().nextInt(10_000),
                ThreadLocalRandom.current().nextInt(10_000));
    }

    /** A customer of this test's region with one order eight months ago (measured, but no transaction exception). */
    private String customer(String kind, String name, String postalCode, String address) throws Exception {
        String phone = phone();
        HttpResponse<String> c = host.call("POST", "v1/customers", CrmHost.REP, """
                {"kind":"%s","name":"%s","phone":"%s","region":"%s","postalCode":%s,"address":"%s"}"""
                .formatted(kind, name, phone, region, postalCode == null ? "null" : "\"" + postalCode + "\"", address));
        assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
        String key = host.read(c).path("key").asText();
        HttpResponse<String> o = host.call("POST", "v1/orders", CrmHost.REP, """
                {"source":"post-%s","orderNo":"P-%s","orderedAt":"%s","totalAmount":50000,
                 "buyer":{"kind":"%s","name":"%s","phone":"%s"}}""".formatted(run, key,
                OffsetDateTime.now(ZoneOffset.ofHours(9)).minusMonths(8), kind, name, phone));
        assertThat(o.statusCode()).as(o.body()).isIn(200, 201);
        assertThat(host.read(o).path("customerKey").asText()).isEqualTo(key);
        return key;
    }

    private void consent(String key) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/consents", CrmHost.REP, """
                {"subjectKey":"%s","channel":"POST","purpose":"ADVERTISING","granted":true,"method":"PAPER",
                 "noticeVersion":"dm-2026-01","evidence":"우편 DM 동의서 #%s"}""".formatted(key, run));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void onlyMembersWithAPostalBasisAndADeliverableAddressGoOnTheListAndItsFilesNeedAReason() throws Exception {
        String onList = customer("PERSON", "김우편" + run, "06236", "서울특별시 강남구 테헤란로 152, 10층");
        consent(onList);
        String company = customer("COMPANY", "(주)우편상사" + run, "15487", "경기도 안산시 단원구 산단로 63");
        consent(company);
        String optedOut = customer("PERSON", "이거부" + run, "48058", "부산광역시 해운대구 센텀중앙로 97");
        consent(optedOut);
        HttpResponse<String> out = host.call("POST", "v1/consents/opt-outs", CrmHost.REP, """
                {"customerKey":"%s","channel":"POST","method":"PHONE","evidence":"전화로 수신거부"}""".formatted(optedOut));
        assertThat(out.statusCode()).as(out.body()).isEqualTo(201);
        String noBasis = customer("PERSON", "박무동의" + run, "61945", "광주광역시 서구 내방로 111");
        String noAddress = customer("PERSON", "최주소" + run, null, "어딘가 123");
        consent(noAddress);
        RfmExpectation.recomputeAll(host);

        HttpResponse<String> created = host.call("POST", "v1/segments", CrmHost.REP, """
                {"name":"우편 DM %s","conditions":[{"field":"region","op":"=","value":"%s"}]}""".formatted(run, region));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long segment = host.read(created).path("id").asLong();
        assertThat(host.read(created).path("members").asLong()).isEqualTo(5);

        HttpResponse<String> r = host.call("GET", "v1/postal-lists/segments/" + segment, CrmHost.REP, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode list = host.read(r);
        List<String> lines = new ArrayList<>();
        list.path("recipients").forEach(x -> lines.add(x.path("postalCode").asText() + " " + x.path("customerKey")
                .asText() + " " + x.path("honorific").asText()));
        assertThat(lines).as("by postal code").containsExactly("06236 " + onList + " 귀하", "15487 " + company + " 귀중");
        assertThat(list.path("excluded").path("opted out").asLong()).isEqualTo(1);
        assertThat(list.path("excluded").path("no lawful basis").asLong()).isEqualTo(1);
        assertThat(list.path("excluded").path("no valid postal address").asLong()).isEqualTo(1);
        assertThat(list.toString()).doesNotContain(noBasis, noAddress, optedOut);

        HttpResponse<String> noReason = host.call("GET", "v1/postal-lists/segments/" + segment + "?format=labels",
                CrmHost.REP, null);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(host.read(noReason).path("field").asText()).isEqualTo("reason");

        String reason = CrmHost.escape("12월 카탈로그 발송 " + run);
        HttpResponse<String> labels = host.call("GET", "v1/postal-lists/segments/" + segment + "?format=labels&reason="
                + reason, CrmHost.REP, null);
        assertThat(labels.statusCode()).as(labels.body()).isEqualTo(200);
        assertThat(labels.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(labels.body()).contains("김우편" + run + " 귀하", "(주)우편상사" + run + " 귀중", "06236",
                "서울특별시 강남구 테헤란로 152, 10층").doesNotContain("박무동의", "이거부");
        assertThat(labels.body().split("data-testid=\"label\"", -1)).hasSize(3);

        HttpResponse<String> csv = host.call("GET", "v1/postal-lists/segments/" + segment + "?format=csv&reason="
                + reason, CrmHost.REP, null);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body().substring(1).lines().toList()).contains("customerKey,name,kind,postalCode,address,honorific",
                onList + ",김우편" + run + ",PERSON,06236,\"서울특별시 강남구 테헤란로 152, 10층\",귀하");

        JsonNode logged = host.read(host.call("GET", "v1/access-log?customer=" + onList, CrmHost.ADMIN, null));
        List<String> actions = new ArrayList<>();
        logged.forEach(e -> actions.add(e.path("entry").path("action").asText() + " "
                + e.path("entry").path("reason").asText()));
        assertThat(actions).contains("PRINT 12월 카탈로그 발송 " + run, "EXPORT 12월 카탈로그 발송 " + run);

        assertThat(host.call("GET", "v1/postal-lists/segments/" + segment, CrmHost.VIEWER, null).statusCode())
                .as("a viewer makes no mailing lists").isEqualTo(403);
        assertThat(host.call("GET", "v1/postal-lists/segments/99999999", CrmHost.REP, null).statusCode())
                .isEqualTo(404);
        HttpResponse<String> badFormat = host.call("GET", "v1/postal-lists/segments/" + segment + "?format=pdf",
                CrmHost.REP, null);
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(host.read(badFormat).path("field").asText()).isEqualTo("format");
    }
}
