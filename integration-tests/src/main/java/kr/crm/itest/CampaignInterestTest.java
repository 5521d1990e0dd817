package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens and clicks feed the analytics as interest signals: a segment on clicks gains the recipient who clicked, at
 * once (no full recompute), and not the one who only opened; a segment on opens the other way round; a full
 * recompute keeps both.
 */
class CampaignInterestTest extends CrmTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient(); // follows no redirect
    private static MailServer mail;

    @BeforeAll
    static void setUp() throws Exception {
        mail = MailServer.get();
        CampaignFixture.configure(host, 50);
    }

    @AfterAll
    static void tearDown() throws Exception {
        CampaignFixture.reset(host);
    }

    @Test
    void aRecipientWhoClicksEntersASegmentOnClicksOneWhoOnlyOpenedDoesNot() throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        List<String> keys = f.consentedCustomers(2, "interest");
        long segment = f.segment(2);
        long id = f.campaign(segment, f.emailTemplate("{name}님, 신상품: https://shop.example.co.kr/winter"), null);
        f.launch(id);
        f.awaitDone(id);

        long clickers = saveSegment("클릭 " + f.run, f.region, "daysSinceClick", "<=", "7", "recentClicks", ">=", "1");
        long openers = saveSegment("열람 " + f.run, f.region, "recentOpens", ">=", "1", null, null, null);
        assertThat(members(clickers)).isEmpty();
        assertThat(members(openers)).isEmpty();

        String clickerMail = CampaignTest.part(f.campaignMail(mail, f.bulkEmail(0, "interest")).get(0), "text/html");
        String openerMail = CampaignTest.part(f.campaignMail(mail, f.bulkEmail(1, "interest")).get(0), "text/html");
        HttpResponse<String> click = get(CampaignTest.link(clickerMail,
                "<a href=\"(http://[^\"]+/api/v1/track/click[^\"]+)\""));
        assertThat(click.statusCode()).isEqualTo(302);
        assertThat(click.headers().firstValue("Location")).hasValue("https://shop.example.co.kr/winter");
        assertThat(get(CampaignTest.link(openerMail, "<img src=\"([^\"]+)\"")).statusCode()).isEqualTo(200);

        assertThat(awaitMembers(clickers, 1)).as("the clicker, without a full recompute").containsExactly(keys.get(0));
        assertThat(awaitMembers(openers, 1)).as("opened the pixel; a click is no open").containsExactly(keys.get(1));

        HttpResponse<String> bad = host.call("POST", "v1/segments/preview", CrmHost.REP, """
                {"conditions":[{"field":"daysSinceClick","op":"<=","value":"-1"}]}""");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(host.read(bad).path("field").asText()).isEqualTo("conditions[0].value");

        JsonNode clicker = interest(keys.get(0), 200);
        assertThat(clicker.path("recentClicks").asInt()).isEqualTo(1);
        assertThat(clicker.path("recentOpens").asInt()).isEqualTo(0);
        assertThat(clicker.path("lastClickAt").isNull()).isFalse();
        assertThat(clicker.path("lastOpenAt").isNull()).isTrue();
        assertThat(clicker.path("windowDays").asInt()).isEqualTo(90);
        JsonNode opener = interest(keys.get(1), 200);
        assertThat(opener.path("recentOpens").asInt()).isEqualTo(1);
        assertThat(opener.path("recentClicks").asInt()).isEqualTo(0);
        String unreached = f.customer("무반응", f.email("none"), null);
        interest(unreached, 404);

        recompute();
        assertThat(members(clickers)).as("after a full recompute").containsExactly(keys.get(0));
        assertThat(members(openers)).containsExactly(keys.get(1));
        try (java.sql.Connection c = CrmHost.jdbc(); java.sql.PreparedStatement s = c.prepareStatement(
                "SELECT opens_window, clicks_window, last_click_at IS NOT NULL, window_days FROM customer_interest "
                        + "WHERE customer_key = ?")) {
            s.setString(1, keys.get(0));
            try (java.sql.ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).containsExactly(0, 1, 1, 90);
            }
        }
    }

    /** What the CRM tab's "캠페인 반응" card reads. */
    private static JsonNode interest(String key, int status) throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/analytics/customers/" + key + "/interest", CrmHost.REP, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return host.read(r);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long saveSegment(String name, String region, String field, String op, String value, String field2,
            String op2, String value2) throws Exception {
        String second = field2 == null ? "" : ",{\"field\":\"%s\",\"op\":\"%s\",\"value\":\"%s\"}".formatted(field2,
                op2, value2);
        HttpResponse<String> r = host.call("POST", "v1/segments", CrmHost.REP, """
                {"name":"%s","conditions":[{"field":"region","op":"=","value":"%s"},
                 {"field":"%s","op":"%s","value":"%s"}%s]}""".formatted(name, region, field, op, value, second));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("id").asLong();
    }

    private static List<String> members(long segment) throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/segments/" + segment + "/members?size=50", CrmHost.REP, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        for (JsonNode m : host.read(r).path("items")) {
            keys.add(m.path("customerKey").asText());
        }
        return keys;
    }

    private static List<String> awaitMembers(long segment, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> got = members(segment);
        while (got.size() < n && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            got = members(segment);
        }
        return got;
    }

    private static void recompute() throws Exception {
        LeasedRuns.untilRan(host, "v1/analytics/recompute", CrmHost.ADMIN);
    }
}
