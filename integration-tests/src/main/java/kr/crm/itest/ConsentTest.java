package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Consent as evidence, opt-outs through merges, the eligibility rule and the re-confirmation job, over REST. */
class ConsentTest extends CrmTest {
    private static final ZoneOffset KST = ZoneOffset.ofHours(9);
    private static MailServer mail;

    @BeforeAll
    static void mailServer() throws Exception {
        mail = MailServer.get();
    }

    private static String u() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String phone() {
        return "010-" + ThreadLocalRandom.current().nextInt(2000, 9999) + "-" + ThreadLocalRandom.current().nextInt(1000, 9999);
    }

    private static String person(String name, String email, String phone) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/customers", CrmHost.REP,
                "{\"kind\":\"PERSON\",\"name\":\"%s\",\"email\":%s,\"phone\":\"%s\"}".formatted(name,
                        email == null ? "null" : "\"" + email + "\"", phone));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static JsonNode consent(String key, String channel, String purpose, boolean granted, String occurredAt)
            throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/consents", CrmHost.REP, """
                {"subjectKey":"%s","channel":"%s","purpose":"%s","granted":%s,"method":"WEB_FORM",
                 "noticeVersion":"ad-2026-01","evidence":"웹 가입 양식 제출 #%s"%s}""".formatted(key, channel, purpose,
                granted, u(), occurredAt == null ? "" : ",\"occurredAt\":\"" + occurredAt + "\""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r);
    }

    /**
     * The eligibility now; for SMS, unless the query names a time, at the next noon in Seoul, so that the night hold
     * (21:00-08:00, tested on its own) does not decide a test that runs at night.
     */
    private static JsonNode eligibility(String key, String query) throws Exception {
        String q = query.contains("channel=SMS") && !query.contains("at=")
                ? query + "&at=" + CrmHost.escape(nextNoon()) : query;
        HttpResponse<String> r = host.call("GET", "v1/consents/" + key + "/eligibility?" + q, CrmHost.REP, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }

    private static String nextNoon() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Seoul"));
        java.time.ZonedDateTime noon = now.toLocalDate().atTime(12, 0).atZone(now.getZone());
        return (noon.isAfter(now) ? noon : noon.plusDays(1)).toOffsetDateTime().toString();
    }

    private static String ago(int days) {
        return OffsetDateTime.now(KST).minusDays(days).withNano(0).toString();
    }

    @Test
    void aConsentIsKeptAsEvidenceConfirmedInKoreanAndMakesTheCustomerSendable() throws Exception {
        String email = "consent-" + u() + "@example.co.kr";
        String key = person("김동의", email, phone());
        assertThat(eligibility(key, "channel=EMAIL").path("sendable").asBoolean()).isFalse();

        JsonNode c = consent(key, "EMAIL", "ADVERTISING", true, null);
        assertThat(c.path("noticeSentAt").isNull()).as("the confirmation went to the outbox").isFalse();

        List<MimeMessage> got = mail.await(email, 1);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).getSubject()).contains("이메일 광고성 정보 수신 동의 처리 결과 안내");
        JsonNode history = host.read(host.call("GET", "v1/consents/" + key, CrmHost.REP, null));
        assertThat(history.path("consents").get(0).path("evidence").asText()).startsWith("웹 가입 양식 제출 #");
        assertThat(history.path("consents").get(0).path("noticeVersion").asText()).isEqualTo("ad-2026-01");
        assertThat(history.path("consents").get(0).path("recordedBy").asText()).isEqualTo(CrmHost.REP);
        JsonNode e = eligibility(key, "channel=EMAIL");
        assertThat(e.path("sendable").asBoolean()).isTrue();
        assertThat(e.path("basis").asText()).isEqualTo("CONSENT");
        assertThat(e.path("consentId").asLong()).isEqualTo(c.path("id").asLong());
    }

    @Test
    void badOrUnauthorisedConsentRequestsAreRefusedNamingTheField() throws Exception {
        String key = person("이검증", null, phone());
        HttpResponse<String> noChannel = host.call("POST", "v1/consents", CrmHost.REP,
                "{\"subjectKey\":\"" + key + "\",\"purpose\":\"ADVERTISING\",\"granted\":true,\"method\":\"PAPER\",\"noticeVersion\":\"v1\"}");
        assertThat(noChannel.statusCode()).isEqualTo(400);
        assertThat(host.read(noChannel).path("field").asText()).isEqualTo("channel");
        HttpResponse<String> future = host.call("POST", "v1/consents", CrmHost.REP,
                "{\"subjectKey\":\"" + key + "\",\"channel\":\"SMS\",\"purpose\":\"ADVERTISING\",\"granted\":true,"
                        + "\"method\":\"PAPER\",\"noticeVersion\":\"v1\",\"occurredAt\":\"2099-01-01T00:00:00+09:00\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(host.read(future).path("field").asText()).isEqualTo("occurredAt");
        HttpResponse<String> badNumber = host.call("POST", "v1/consents/opt-outs", CrmHost.REP,
                "{\"channel\":\"SMS\",\"address\":\"없는번호\",\"method\":\"PHONE\"}");
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(host.read(badNumber).path("field").asText()).isEqualTo("address");
        assertThat(host.call("GET", "v1/consents/" + key + "/eligibility?channel=PIGEON", CrmHost.REP, null).statusCode())
                .isEqualTo(400);
        assertThat(host.call("GET", "v1/consents/C0000000000Z", CrmHost.REP, null).statusCode()).isEqualTo(404);
        assertThat(host.call("POST", "v1/consents", CrmHost.VIEWER, "{}").statusCode()).isEqualTo(403);
        assertThat(host.call("GET", "v1/consents/" + key, CrmHost.VIEWER, null).statusCode()).isEqualTo(403);
        assertThat(host.call("POST", "v1/consents/reconfirmation", CrmHost.REP, null).statusCode()).isEqualTo(403);
    }

    @Test
    void anOptOutByKeyFollowsTheMergeAndStaysWithItsKeyAfterTheUndo() throws Exception {
        String a = person("박병합" + u(), null, phone());
        String b = person("박병합" + u(), null, phone());
        consent(a, "SMS", "ADVERTISING", true, null);
        consent(b, "SMS", "ADVERTISING", true, null);
        HttpResponse<String> out = host.call("POST", "v1/consents/opt-outs", CrmHost.REP,
                "{\"customerKey\":\"" + b + "\",\"channel\":\"SMS\",\"method\":\"SMS_REPLY\",\"evidence\":\"수신거부 회신\"}");
        assertThat(out.statusCode()).as(out.body()).isEqualTo(201);
        assertThat(eligibility(a, "channel=SMS").path("sendable").asBoolean()).isTrue();
        assertThat(eligibility(b, "channel=SMS").path("reason").asText()).startsWith("opted out");

        HttpResponse<String> merged = host.call("POST", "v1/merges", CrmHost.ADMIN,
                "{\"survivorKey\":\"" + a + "\",\"mergedKey\":\"" + b + "\",\"reason\":\"같은 사람\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        assertThat(eligibility(a, "channel=SMS").path("sendable").asBoolean())
                .as("the person who opted out is now the survivor").isFalse();
        assertThat(host.read(host.call("GET", "v1/consents/" + a, CrmHost.REP, null)).path("keys").toString())
                .contains(a, b);

        HttpResponse<String> undone = host.call("POST", "v1/merges/" + host.read(merged).path("id").asLong() + "/undo",
                CrmHost.ADMIN, null);
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(eligibility(a, "channel=SMS").path("sendable").asBoolean()).isTrue();
        assertThat(eligibility(b, "channel=SMS").path("sendable").asBoolean()).isFalse();
    }

    @Test
    void anOptOutByNumberMatchesHoweverTheNumberIsSpelled() throws Exception {
        String digits = "010" + ThreadLocalRandom.current().nextInt(2000, 9999) + ThreadLocalRandom.current().nextInt(1000, 9999);
        String key = person("최번호", null, digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7));
        consent(key, "SMS", "ADVERTISING", true, null);
        assertThat(eligibility(key, "channel=SMS").path("sendable").asBoolean()).isTrue();
        HttpResponse<String> out = host.call("POST", "v1/consents/opt-outs", CrmHost.REP,
                "{\"channel\":\"SMS\",\"address\":\"+82 " + digits.substring(1, 3) + " " + digits.substring(3, 7) + " "
                        + digits.substring(7) + "\",\"method\":\"PHONE\"}");
        assertThat(out.statusCode()).as(out.body()).isEqualTo(201);
        assertThat(host.read(out).path("addressKey").asText()).isEqualTo(digits);
        JsonNode e = eligibility(key, "channel=SMS");
        assertThat(e.path("sendable").asBoolean()).isFalse();
        assertThat(e.path("reason").asText()).startsWith("opted out");
    }

    @Test
    void anOrderCreatedCustomerGetsAdvertisingOnlyForTheSameKindOfGoodsWithinSixMonths() throws Exception {
        String u = u();
        HttpResponse<String> r = host.call("POST", "v1/orders", CrmHost.REP, """
                {"source":"shop-c","orderNo":"C-%s","orderedAt":"%s","totalAmount":30000,
                 "buyer":{"name":"정거래%s","phone":"%s"},
                 "lines":[{"lineNo":1,"productName":"A4 복사용지","category":"사무용품","quantity":3,"unitPrice":10000,"amount":30000}]}"""
                .formatted(u, ago(40), u, phone()));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        String key = host.read(r).path("customerKey").asText();
        JsonNode same = eligibility(key, "channel=EMAIL&goods=" + CrmHost.escape("사무용품"));
        assertThat(same.path("sendable").asBoolean()).as(same.toString()).isTrue();
        assertThat(same.path("basis").asText()).isEqualTo("TRANSACTION");
        assertThat(same.path("reason").asText()).contains("shop-c/C-" + u);
        JsonNode other = eligibility(key, "channel=EMAIL&goods=" + CrmHost.escape("가전"));
        assertThat(other.path("sendable").asBoolean()).as("an order is no consent for other goods").isFalse();

        HttpResponse<String> old = host.call("POST", "v1/orders", CrmHost.REP, """
                {"source":"shop-c","orderNo":"D-%s","orderedAt":"%s","totalAmount":30000,
                 "buyer":{"name":"한옛날%s","phone":"%s"},
                 "lines":[{"lineNo":1,"productName":"A4 복사용지","category":"사무용품","quantity":3,"unitPrice":10000,"amount":30000}]}"""
                .formatted(u, ago(200), u, phone()));
        String oldKey = host.read(old).path("customerKey").asText();
        assertThat(eligibility(oldKey, "channel=EMAIL&goods=" + CrmHost.escape("사무용품")).path("sendable").asBoolean())
                .as("last order more than 6 months ago").isFalse();
    }

    @Test
    void smsAtTenPmIsHeldUntilEightWithoutANightConsentAndEmailIsNot() throws Exception {
        String key = person("윤야간", null, phone());
        consent(key, "SMS", "ADVERTISING", true, null);
        consent(key, "EMAIL", "ADVERTISING", true, null);
        // 22:00 in Seoul on a day after the consents were given (a fixed date would fall before them one day)
        java.time.ZonedDateTime night = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(1)
                .atTime(22, 0).atZone(java.time.ZoneId.of("Asia/Seoul"));
        String tenPm = CrmHost.escape(night.toOffsetDateTime().toString());
        JsonNode held = eligibility(key, "channel=SMS&at=" + tenPm);
        assertThat(held.path("sendable").asBoolean()).isFalse();
        assertThat(held.path("basis").asText()).isEqualTo("CONSENT");
        assertThat(OffsetDateTime.parse(held.path("holdUntil").asText()).toInstant())
                .isEqualTo(night.toLocalDate().plusDays(1).atTime(8, 0).atZone(night.getZone()).toInstant());
        assertThat(eligibility(key, "channel=EMAIL&at=" + tenPm).path("sendable").asBoolean()).isTrue();

        consent(key, "SMS", "NIGHT_ADVERTISING", true, null);
        assertThat(eligibility(key, "channel=SMS&at=" + tenPm).path("sendable").asBoolean()).isTrue();
    }

    @Test
    void theReconfirmationJobNoticesOnlyStandingAdvertisingConsentsOlderThanTwoYears() throws Exception {
        String email = "reconfirm-" + u() + "@example.co.kr";
        String key = person("서재확인", email, phone());
        long due = consent(key, "EMAIL", "ADVERTISING", true, ago(2 * 365 + 10)).path("id").asLong();
        long young = consent(key, "SMS", "ADVERTISING", true, ago(365)).path("id").asLong();
        long refused = consent(key, "POST", "ADVERTISING", false, ago(3 * 365)).path("id").asLong();
        long superseded = consent(key, "FAX", "ADVERTISING", true, ago(3 * 365)).path("id").asLong();
        consent(key, "FAX", "ADVERTISING", false, ago(300));
        long transactional = consent(key, "EMAIL", "TRANSACTIONAL", true, ago(3 * 365)).path("id").asLong();
        JsonNode overdue = eligibility(key, "channel=EMAIL");
        assertThat(overdue.path("sendable").asBoolean()).isFalse();
        assertThat(overdue.path("reason").asText()).contains("re-confirmation is overdue");

        HttpResponse<String> r = host.call("POST", "v1/consents/reconfirmation", CrmHost.ADMIN, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode run = host.read(r);
        List<Long> ids = new java.util.ArrayList<>();
        run.path("noticed").forEach(n -> ids.add(n.asLong()));
        assertThat(ids).contains(due).doesNotContain(young, refused, superseded, transactional);

        assertThat(mail.await(email, 7).stream().anyMatch(m -> {
            try {
                return m.getSubject().contains("사실 안내 (2년 주기)");
            } catch (Exception e) {
                return false;
            }
        })).isTrue();
        assertThat(eligibility(key, "channel=EMAIL").path("sendable").asBoolean()).isTrue();
        JsonNode again = host.read(host.call("POST", "v1/consents/reconfirmation", CrmHost.ADMIN, null));
        List<Long> second = new java.util.ArrayList<>();
        again.path("noticed").forEach(n -> second.add(n.asLong()));
        assertThat(second).as("re-confirmed: next due in 2 years").doesNotContain(due);
    }
}
