package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static kr.crm.itest.CrmHost.REP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Hashtable;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * No resident registration number (주민등록번호) gets into the CRM (issue 10): REST bodies are refused naming the
 * field, a channel file's row holding one is reported with its number and the other rows go in.
 */
class ResidentNumberTest extends CrmTest {
    /** With a hyphen: found by birth date and seventh digit alone. */
    private static final String HYPHENATED = "900101-1234567";
    /** Run together, with a matching check digit. */
    private static final String RUN_TOGETHER = "9001011234568";

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static void refused(HttpResponse<String> r, String field) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode body = host.read(r);
        assertThat(body.path("field").asText()).isEqualTo(field);
        assertThat(body.path("error").asText()).contains("주민등록번호");
        assertThat(r.body()).doesNotContain("1234567", "1234568");
    }

    @Test
    void restBodiesHoldingOneAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String u = unique();
        refused(host.call("POST", "v1/customers", REP, """
                {"kind":"PERSON","name":"주민%s","notes":"본인확인 주민번호 %s 받음"}""".formatted(u, HYPHENATED)), "notes");
        refused(host.call("POST", "v1/customers", REP, """
                {"kind":"PERSON","name":"주민%s","address":"서울 중구 %s"}""".formatted(u, RUN_TOGETHER)), "address");
        assertThat(host.read(host.call("GET", "v1/customers?q=" + CrmHost.escape("주민" + u), ADMIN, null))
                .path("total").asLong()).isZero();

        HttpResponse<String> created = host.call("POST", "v1/accounts", REP,
                "{\"name\":\"(주)주민검사%s\",\"ownerRep\":\"%s\"}".formatted(u, REP));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String account = host.read(created).path("key").asText();
        refused(host.call("POST", "v1/accounts/" + account + "/contacts", REP,
                "{\"name\":\"담당%s\",\"notes\":\"%s\"}".formatted(u, HYPHENATED)), "notes");
        refused(host.call("POST", "v1/contact-logs", REP, """
                {"accountKey":"%s","type":"CALL","summary":"통화","outcome":"주민번호 %s 확인 요청"}"""
                .formatted(account, "900101 - 2234567")), "outcome");
        assertThat(host.read(host.call("GET", "v1/contact-logs?account=" + account, REP, null)).path("total").asLong())
                .isZero();

        String address = "10." + ThreadLocalRandom.current().nextInt(1, 250) + "." + ThreadLocalRandom.current()
                .nextInt(1, 250) + "." + ThreadLocalRandom.current().nextInt(1, 250);
        HttpResponse<String> portal = host.call("POST", "v1/portal/requests", null, """
                {"requester":{"name":"김고객","email":"rrn-%s@example.com","phone":"010-1234-5678"},
                 "type":"REPAIR","subject":"센서 고장","description":"제 주민번호는 %s 입니다"}"""
                .formatted(u, HYPHENATED), "X-Forwarded-For", address);
        refused(portal, "description");
    }

    @Test
    void aChannelFileRowHoldingOneIsReportedWithItsNumberAndTheOtherRowsGoIn() throws Exception {
        String u = unique();
        String tail = String.format("%04d", Math.floorMod(u.hashCode(), 10_000));
        String source = configureChannel("rrn-" + u);
        String csv = "주문번호,주문일시,주문자명,주문자연락처,주문자이메일,수령인,수령인연락처,배송지,상품코드,상품명,분류,수량,단가,금액,주문상태\n"
                + "R1" + u + ",2026-11-02 14:05,김하늘" + u + ",010-4411-" + tail
                + ",,,,서울특별시 강남구 테헤란로 1,P-1,한우 선물세트,식품,1,120000,120000,정상\n"
                + "R2" + u + ",2026-11-02 15:05,이가을" + u + ",010-4412-" + tail
                + ",,,,서울특별시 중구 세종대로 2 (주민 " + RUN_TOGETHER + "),P-1,한우 선물세트,식품,1,120000,120000,정상\n"
                + "R3" + u + ",2026-11-02 16:05,박겨울" + u + ",010-4413-" + tail
                + ",,,,부산광역시 해운대구 1,P-2,보자기 포장,포장,1,5000,5000,정상\n";

        HttpResponse<String> r = upload(source, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = host.read(r);
        assertThat(report.path("rows").asLong()).isEqualTo(3);
        assertThat(report.path("orders").asLong()).isEqualTo(2);
        assertThat(report.path("problems").size()).as(report.toString()).isEqualTo(1);
        JsonNode problem = report.path("problems").get(0);
        assertThat(problem.path("row").asLong()).isEqualTo(3);
        assertThat(problem.path("field").asText()).isEqualTo("배송지");
        assertThat(problem.path("reason").asText()).contains("주민등록번호");
        assertThat(r.body()).doesNotContain(RUN_TOGETHER);

        assertThat(host.call("GET", "v1/orders/" + source + "/R1" + u, ADMIN, null).statusCode()).isEqualTo(200);
        assertThat(host.call("GET", "v1/orders/" + source + "/R3" + u, ADMIN, null).statusCode()).isEqualTo(200);
        assertThat(host.call("GET", "v1/orders/" + source + "/R2" + u, ADMIN, null).statusCode()).isEqualTo(404);
        assertThat(host.read(host.call("GET", "v1/customers?q=" + CrmHost.escape("이가을" + u), ADMIN, null))
                .path("total").asLong()).as("the row's buyer was not taken either").isZero();
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM customer WHERE address LIKE ? OR notes LIKE ?")) {
            s.setString(1, "%" + RUN_TOGETHER + "%");
            s.setString(2, "%" + RUN_TOGETHER + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    private static String configureChannel(String source) throws Exception {
        ConfigurationAdmin admin = CrmHost.service(host.context, ConfigurationAdmin.class);
        Configuration channel = admin.createFactoryConfiguration("kr.crm.orders.channel", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("source", source);
        props.put("charset", "UTF-8");
        channel.update(props);
        return source;
    }

    private static HttpResponse<String> upload(String source, byte[] file) throws Exception {
        HttpResponse<String> r = null;
        for (int i = 0; i < 40; i++) {
            r = host.upload("v1/imports/" + source, REP, file, "text/csv");
            if (r.statusCode() != 404) {
                return r;
            }
            Thread.sleep(250); // the factory configuration is picked up asynchronously
        }
        return r;
    }
}
