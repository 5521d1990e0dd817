package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.ConfigurationAdmin;

/** Templates with the legal frame of Korean advertising, and the one-click unsubscribe, over REST. */
class TemplateTest extends CrmTest {
    private static final String SECRET = "it-unsubscribe-secret-0123456789-abcdefgh";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String origin;

    @BeforeAll
    static void unsubscribeLinks() throws Exception {
        origin = "http://127.0.0.1:" + host.context.getProperty("org.osgi.service.http.port");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("secret", SECRET);
        props.put("publicBaseUrl", origin);
        org.osgi.service.cm.Configuration current = CrmHost.service(host.context, ConfigurationAdmin.class)
                .getConfiguration("kr.crm.campaign.unsubscribe", "?");
        // the campaign tests set the same values; updating again would restart the services under this test
        if (current.getProperties() == null || !SECRET.equals(current.getProperties().get("secret"))
                || !origin.equals(current.getProperties().get("publicBaseUrl"))) {
            current.update(props);
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        // 404 until the configured Unsubscribe lets the template service and its resource start; then 400 for {}
        while (save(CrmHost.REP, "{}").statusCode() == 404 && System.nanoTime() < deadline) {
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static String u() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static HttpResponse<String> save(String user, String json) throws Exception {
        return host.call("POST", "v1/campaign-templates", user, json);
    }

    private static String smsAd(String name, String body) {
        return """
                {"name":"%s","channel":"SMS","kind":"ADVERTISING","senderName":"한빛상사","senderContact":"02-123-4567",
                 "optOut":"080-123-4567","body":"%s"}""".formatted(name, body);
    }

    @Test
    void templatesAreVersionedAndHandWrittenMarksOrCouponNoticesAreRefused() throws Exception {
        String name = "겨울-" + u();
        HttpResponse<String> v1 = save(CrmHost.REP, smsAd(name, "{name}님, 겨울 신상품이 나왔습니다"));
        assertThat(v1.statusCode()).as(v1.body()).isEqualTo(201);
        assertThat(host.read(v1).path("version").asInt()).isEqualTo(1);
        HttpResponse<String> v2 = save(CrmHost.REP, smsAd(name, "{name}님, 겨울 신상품 2차 입고"));
        assertThat(host.read(v2).path("version").asInt()).isEqualTo(2);
        JsonNode versions = host.read(host.call("GET", "v1/campaign-templates/" + CrmHost.escape(name), CrmHost.VIEWER, null));
        assertThat(versions.findValuesAsText("body")).containsExactly("{name}님, 겨울 신상품이 나왔습니다", "{name}님, 겨울 신상품 2차 입고");

        for (String bad : new String[] {"(광고) 겨울 신상품", "겨울 신상품 (광고)", "광 고 겨울 신상품", "(광/고) 겨울 신상품"}) {
            HttpResponse<String> r = save(CrmHost.REP, smsAd(name, bad));
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(host.read(r).path("field").asText()).isEqualTo("body");
        }
        HttpResponse<String> coupon = save(CrmHost.REP, """
                {"name":"receipt-%s","channel":"EMAIL","kind":"TRANSACTIONAL","senderName":"한빛상사","senderContact":"02-123-4567",
                 "subject":"주문 접수 안내","body":"주문이 접수되었습니다. 다음 주문 10%% 할인 쿠폰 증정!"}""".formatted(u()));
        assertThat(coupon.statusCode()).isEqualTo(400);
        assertThat(host.read(coupon).path("field").asText()).isEqualTo("body");
        HttpResponse<String> noOptOut = save(CrmHost.REP, """
                {"name":"x-%s","channel":"SMS","kind":"ADVERTISING","senderName":"한빛상사","senderContact":"02-123-4567","body":"본문"}"""
                .formatted(u()));
        assertThat(host.read(noOptOut).path("field").asText()).isEqualTo("optOut");
        assertThat(save(CrmHost.VIEWER, smsAd(name, "본문")).statusCode()).isEqualTo(403);
        assertThat(host.call("GET", "v1/campaign-templates/none-" + u(), CrmHost.VIEWER, null).statusCode()).isEqualTo(404);

        HttpResponse<String> sms = host.call("POST", "v1/campaign-templates/" + CrmHost.escape(name) + "/preview", CrmHost.REP,
                "{\"version\":1,\"address\":\"010-2345-6789\",\"recipientName\":\"김민수\"}");
        assertThat(sms.statusCode()).as(sms.body()).isEqualTo(200);
        assertThat(host.read(sms).path("text").asText()).startsWith("(광고)한빛상사\n김민수님, 겨울 신상품이 나왔습니다")
                .endsWith("02-123-4567\n무료수신거부 080-123-4567");
        assertThat(host.read(sms).path("templateVersion").asInt()).isEqualTo(1);
    }

    @Test
    void anEmailAdvertisementCarriesTheMarkAndItsUnsubscribeLinkRecordsTheOptOut() throws Exception {
        String email = "unsub-" + u() + "@example.co.kr";
        HttpResponse<String> c = host.call("POST", "v1/customers", CrmHost.REP,
                "{\"kind\":\"PERSON\",\"name\":\"오수신\",\"email\":\"" + email + "\"}");
        String key = host.read(c).path("key").asText();
        assertThat(host.call("POST", "v1/consents", CrmHost.REP, """
                {"subjectKey":"%s","channel":"EMAIL","purpose":"ADVERTISING","granted":true,"method":"WEB_FORM","noticeVersion":"v1"}"""
                .formatted(key)).statusCode()).isEqualTo(201);
        String name = "news-" + u();
        assertThat(save(CrmHost.REP, """
                {"name":"%s","channel":"EMAIL","kind":"ADVERTISING","senderName":"한빛상사","senderContact":"02-123-4567",
                 "subject":"12월 신제품 소식","body":"{name}님, 안녕하세요."}""".formatted(name)).statusCode()).isEqualTo(201);

        HttpResponse<String> r = host.call("POST", "v1/campaign-templates/" + name + "/preview", CrmHost.REP,
                "{\"customerKey\":\"" + key + "\",\"address\":\"" + email + "\",\"recipientName\":\"오수신\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode m = host.read(r);
        assertThat(m.path("subject").asText()).isEqualTo("(광고) 12월 신제품 소식");
        assertThat(m.path("text").asText()).startsWith("(광고) 한빛상사\n\n오수신님, 안녕하세요.").contains("발신: 한빛상사 (02-123-4567)");
        assertThat(m.path("headers").path("List-Unsubscribe-Post").asText()).isEqualTo("List-Unsubscribe=One-Click");
        String header = m.path("headers").path("List-Unsubscribe").asText();
        assertThat(header).startsWith("<" + origin + "/api/v1/unsubscribe?t=").endsWith(">");
        String link = header.substring(1, header.length() - 1);
        assertThat(m.path("text").asText()).contains(link);

        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"");
        assertThat(eligible(key)).as("a GET (link scanners) changes nothing").isTrue();

        HttpResponse<String> forged = oneClick(link.substring(0, link.length() - 3) + "AAA");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(eligible(key)).isTrue();

        HttpResponse<String> done = oneClick(link);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("수신거부가 처리되었습니다");
        assertThat(eligible(key)).isFalse();
        JsonNode out = host.read(host.call("GET", "v1/consents/" + key, CrmHost.REP, null)).path("optOuts").get(0);
        assertThat(out.path("method").asText()).isEqualTo("UNSUBSCRIBE_LINK");
        assertThat(out.path("by").asText()).isEqualTo("unsubscribe-link");
        assertThat(out.path("addressKey").asText()).isEqualTo(email);
    }

    /** What a mail program sends for RFC 8058 one-click: a POST without login. */
    private static HttpResponse<String> oneClick(String link) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static boolean eligible(String key) throws Exception {
        return host.read(host.call("GET", "v1/consents/" + key + "/eligibility?channel=EMAIL", CrmHost.REP, null))
                .path("sendable").asBoolean();
    }
}
