package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

/** The resend to unopened: once, after the configured time on the sender's clock, with another subject and sender. */
class CampaignResendTest extends CrmTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static MailServer mail;
    private static CampaignNightHoldTest.FastClock clock;
    private static ServiceRegistration<Clock> registration;

    @BeforeAll
    static void setUp() throws Exception {
        mail = MailServer.get();
        CampaignFixture.configure(host, 50);
        clock = new CampaignNightHoldTest.FastClock(Instant.now(), 1);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("crm.clock", "campaign");
        registration = host.context.registerService(Clock.class, clock, props);
    }

    @AfterAll
    static void tearDown() throws Exception {
        registration.unregister();
        CampaignFixture.reset(host);
    }

    @Test
    void recipientsWhoNeitherOpenedNorClickedGetOneResendWithTheOtherSubjectAndSender() throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        List<String> keys = f.consentedCustomers(3, "resend");
        long segment = f.segment(3);
        String template = f.emailTemplate("{name}님, 신상품 안내: https://shop.example.co.kr/new");
        HttpResponse<String> bad = host.call("POST", "v1/campaigns", CrmHost.REP, """
                {"name":"x","segmentId":%d,"templateName":"%s","resend":{"subject":"(광고) 재안내","senderName":"팀",
                 "afterMinutes":60}}""".formatted(segment, template));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(host.read(bad).path("field").asText()).isEqualTo("resend.subject");
        HttpResponse<String> created = host.call("POST", "v1/campaigns", CrmHost.REP, """
                {"name":"재발송 %s","segmentId":%d,"templateName":"%s","resend":{"subject":"다시 한번 안내드립니다",
                 "senderName":"한빛상사 이벤트팀","afterMinutes":60}}""".formatted(f.run, segment, template));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = host.read(created).path("id").asLong();
        assertThat(host.read(created).path("resend").path("afterMinutes").asInt()).isEqualTo(60);
        f.launch(id);
        f.awaitDone(id);

        String opened = f.bulkEmail(0, "resend");
        String clicked = f.bulkEmail(1, "resend");
        String silent = f.bulkEmail(2, "resend");
        follow(CampaignTest.link(CampaignTest.part(f.campaignMail(mail, opened).get(0), "text/html"), "<img src=\"([^\"]+)\""));
        follow(CampaignTest.link(CampaignTest.part(f.campaignMail(mail, clicked).get(0), "text/html"),
                "<a href=\"(http://[^\"]+/api/v1/track/click[^\"]+)\""));
        TimeUnit.SECONDS.sleep(2);
        assertThat(campaign(id).path("resendStartedAt").isNull()).as("not before the hour is over").isTrue();

        clock.set(Instant.now().plus(Duration.ofMinutes(61)), 1);
        JsonNode c = awaitResent(id);
        assertThat(c.path("resent").asInt()).isEqualTo(1);
        f.awaitDone(id);
        assertThat(f.campaignMail(mail, opened)).hasSize(1);
        assertThat(f.campaignMail(mail, clicked)).hasSize(1);
        List<MimeMessage> both = f.campaignMail(mail, silent);
        assertThat(both).hasSize(2);
        MimeMessage second = both.stream().filter(m -> {
            try {
                return m.getSubject().contains("다시");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(second.getSubject()).isEqualTo("(광고) 다시 한번 안내드립니다");
        assertThat(((InternetAddress) second.getFrom()[0]).getPersonal()).isEqualTo("한빛상사 이벤트팀");
        assertThat(CampaignTest.part(second, "text/plain")).startsWith("(광고) 한빛상사");
        JsonNode resendRow = f.recipients(id).stream().filter(r -> r.path("round").asInt() == 1).findFirst().orElseThrow();
        assertThat(resendRow.path("customerKey").asText()).isEqualTo(keys.get(2));
        assertThat(resendRow.path("state").asText()).isEqualTo("SENT");
        assertThat(f.counts(id).path("resent").asInt()).isEqualTo(1);

        clock.set(Instant.now().plus(Duration.ofHours(5)), 1);
        TimeUnit.SECONDS.sleep(3);
        assertThat(f.campaignMail(mail, silent)).as("resent once only").hasSize(2);
    }

    private static JsonNode campaign(long id) throws Exception {
        return host.read(host.call("GET", "v1/campaigns/" + id, CrmHost.VIEWER, null));
    }

    private static JsonNode awaitResent(long id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode c = campaign(id);
        while (c.path("resendStartedAt").isNull() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            c = campaign(id);
        }
        assertThat(c.path("resendStartedAt").isNull()).as(c.toString()).isFalse();
        return c;
    }

    private static void follow(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isIn(200, 302);
    }
}
