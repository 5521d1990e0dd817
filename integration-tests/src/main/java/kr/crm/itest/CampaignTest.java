package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Campaigns end to end: who is frozen and why, what arrives in GreenMail, the send log, opens and clicks. */
class CampaignTest extends CrmTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static MailServer mail;

    @BeforeAll
    static void setUp() throws Exception {
        mail = MailServer.get();
        CampaignFixture.configure(host, 50);
    }

    @org.junit.jupiter.api.AfterAll
    static void tearDown() throws Exception {
        CampaignFixture.reset(host);
    }

    static String phone() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "010-%04d-%04d".formatted(r.nextInt(10000), r.nextInt(10000));
    }

    @Test
    void launchFreezesExactlyTheLawfulRecipientsAndEachGetsOneMarkedMessageWithItsBasisLogged() throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        String consented = f.customer("김동의", f.email("agree"), phone());
        long consentId = f.consent(consented, "EMAIL", "ADVERTISING", true);
        String optedOut = f.customer("이거부", f.email("optout"), phone());
        f.consent(optedOut, "EMAIL", "ADVERTISING", true);
        f.optOut(optedOut, null, null);
        String byAddress = f.customer("박주소", f.email("byaddr"), phone());
        f.consent(byAddress, "EMAIL", "ADVERTISING", true);
        f.optOut(null, f.email("byaddr").toUpperCase(), "EMAIL");
        String refused = f.customer("최철회", f.email("refused"), phone());
        f.consent(refused, "EMAIL", "ADVERTISING", true);
        f.consent(refused, "EMAIL", "ADVERTISING", false);
        f.customer("정무동의", f.email("none"), phone());
        String buyerPhone = phone();
        String buyer = f.customer("한거래", f.email("buyer"), buyerPhone);
        f.order("한거래", buyerPhone, "사무용품", 40);
        String otherPhone = phone();
        f.customer("오다른", f.email("other"), otherPhone);
        f.order("오다른", otherPhone, "가전", 40);
        String noMail = f.customer("유메일없음", null, phone());
        f.consent(noMail, "EMAIL", "ADVERTISING", true);
        String smsOnly = f.customer("강문자", f.email("smsonly"), phone());
        f.consent(smsOnly, "SMS", "ADVERTISING", true);

        long segment = f.segment(9);
        String template = f.emailTemplate("{name}님, 겨울 신상품을 만나보세요: https://shop.example.co.kr/winter?c=1");
        HttpResponse<String> viewer = host.call("POST", "v1/campaigns", CrmHost.VIEWER,
                "{\"name\":\"x\",\"segmentId\":" + segment + ",\"templateName\":\"" + template + "\"}");
        assertThat(viewer.statusCode()).isEqualTo(403);
        HttpResponse<String> badSegment = host.call("POST", "v1/campaigns", CrmHost.REP,
                "{\"name\":\"x\",\"segmentId\":999999999,\"templateName\":\"" + template + "\"}");
        assertThat(badSegment.statusCode()).isEqualTo(400);
        assertThat(host.read(badSegment).path("field").asText()).isEqualTo("segmentId");
        long id = f.campaign(segment, template, "사무용품");
        assertThat(host.read(host.call("GET", "v1/campaigns/" + id, CrmHost.VIEWER, null)).path("state").asText())
                .isEqualTo("DRAFT");

        JsonNode launched = f.launch(id);
        assertThat(launched.path("segmentSize").asInt()).isEqualTo(9);
        assertThat(launched.path("frozen").asInt()).isEqualTo(2);
        HttpResponse<String> again = host.call("POST", "v1/campaigns/" + id + "/launch", CrmHost.REP, null);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(host.read(again).path("field").asText()).isEqualTo("state");
        assertThat(f.recipients(id)).extracting(r -> r.path("customerKey").asText())
                .containsExactlyInAnyOrder(consented, buyer);
        assertThat(f.recipient(id, consented).path("basis").asText()).isEqualTo("CONSENT");
        assertThat(f.recipient(id, consented).path("consentId").asLong()).isEqualTo(consentId);
        assertThat(f.recipient(id, buyer).path("basis").asText()).isEqualTo("TRANSACTION");

        f.awaitDone(id);
        List<MimeMessage> got = f.campaignMail(mail, f.email("agree"));
        assertThat(got).hasSize(1);
        assertThat(f.campaignMail(mail, f.email("buyer"))).hasSize(1);
        for (String nobody : new String[] {"optout", "byaddr", "refused", "none", "other", "smsonly"}) {
            assertThat(f.campaignMail(mail, f.email(nobody))).as(nobody).isEmpty();
        }
        MimeMessage m = got.get(0);
        assertThat(m.getSubject()).isEqualTo("(광고) 겨울 신상품 안내");
        assertThat(m.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        JsonNode row = f.recipient(id, consented);
        assertThat(m.getMessageID()).startsWith("<campaign-" + id + "-" + row.path("id").asLong() + "@");
        String text = part(m, "text/plain");
        assertThat(text).startsWith("(광고) 한빛상사\n\n김동의님, 겨울 신상품을 만나보세요");
        String html = part(m, "text/html");

        JsonNode why = host.read(host.call("GET", "v1/campaigns/" + id + "/recipients/" + row.path("id").asLong() + "/why",
                CrmHost.REP, null));
        JsonNode log = why.path("sendLog").get(0);
        assertThat(log.path("outcome").asText()).isEqualTo("SENT");
        assertThat(log.path("basis").asText()).isEqualTo("CONSENT");
        assertThat(log.path("consentId").asLong()).isEqualTo(consentId);
        assertThat(log.path("templateName").asText()).isEqualTo(template);
        assertThat(log.path("templateVersion").asInt()).isEqualTo(1);
        assertThat(log.path("channel").asText()).isEqualTo("EMAIL");
        long buyerRow = f.recipient(id, buyer).path("id").asLong();
        JsonNode buyerLog = host.read(host.call("GET", "v1/campaigns/" + id + "/recipients/" + buyerRow + "/why",
                CrmHost.REP, null)).path("sendLog").get(0);
        assertThat(buyerLog.path("basis").asText()).isEqualTo("TRANSACTION");
        assertThat(buyerLog.path("basisDetail").asText()).contains("camp-it/").contains("사무용품");
        assertThat(host.call("GET", "v1/campaigns/" + id + "/recipients/" + buyerRow + "/why", CrmHost.VIEWER, null)
                .statusCode()).isEqualTo(403);

        String pixel = link(html, "<img src=\"([^\"]+)\"");
        String click = link(html, "<a href=\"(http://[^\"]+/api/v1/track/click[^\"]+)\"");
        HttpResponse<byte[]> gif = HTTP.send(HttpRequest.newBuilder(URI.create(pixel)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gif.statusCode()).isEqualTo(200);
        assertThat(gif.headers().firstValue("Content-Type").orElse("")).startsWith("image/gif");
        HttpResponse<String> redirect = HTTP.send(HttpRequest.newBuilder(URI.create(click)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElse("")).isEqualTo("https://shop.example.co.kr/winter?c=1");
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create(click.substring(0, click.length() - 4)
                + "AAAA")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(host.read(forged).path("field").asText()).isEqualTo("t");

        JsonNode counts = f.counts(id);
        assertThat(counts.path("frozen").asInt()).isEqualTo(2);
        assertThat(counts.path("sent").asInt()).isEqualTo(2);
        assertThat(counts.path("opened").asInt()).isEqualTo(1);
        assertThat(counts.path("clicked").asInt()).isEqualTo(1);
        assertThat(counts.path("pending").asInt() + counts.path("failed").asInt()).isZero();
        JsonNode tracked = f.recipient(id, consented);
        assertThat(tracked.path("opens").asInt()).isEqualTo(1);
        assertThat(tracked.path("clicks").asInt()).isEqualTo(1);
        assertThat(f.recipient(id, buyer).path("opens").asInt()).isZero();
    }

    static String part(MimeMessage m, String type) throws Exception {
        MimeMultipart multipart = new MimeMultipart(
                new jakarta.mail.util.ByteArrayDataSource(m.getRawInputStream(), m.getContentType()));
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart p = multipart.getBodyPart(i);
            if (p.isMimeType(type)) {
                try (InputStream in = p.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                }
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    static String link(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as(regex + " in " + html).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }
}
