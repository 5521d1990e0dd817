package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * An SMS campaign through the HTTP gateway adapter to a local server, on a clock the test runs a minute per second
 * from 20:58 Seoul: what is not out by 21:00 waits until 08:00, but for the person with a night consent.
 */
class CampaignNightHoldTest extends CrmTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static SmsProvider provider;
    private static FastClock clock;
    private static ServiceRegistration<Clock> registration;

    /** Runs {@code speed} times real time from a set instant. */
    static final class FastClock extends Clock {
        private volatile Instant base;
        private volatile long baseNanos;
        private volatile int speed;

        FastClock(Instant start, int speed) {
            set(start, speed);
        }

        synchronized void set(Instant start, int newSpeed) {
            baseNanos = System.nanoTime();
            base = start;
            speed = newSpeed;
        }

        @Override
        public Instant instant() {
            return base.plusNanos((System.nanoTime() - baseNanos) * speed);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        CampaignFixture.configure(host, 5);
        provider = new SmsProvider();
        Hashtable<String, Object> sms = new Hashtable<>();
        sms.put("url", provider.url());
        sms.put("apiKey", SmsProvider.KEY);
        sms.put("senderNumber", "02-123-4567");
        CrmHost.service(host.context, ConfigurationAdmin.class).getConfiguration("kr.crm.campaign.sms", "?").update(sms);
        clock = new FastClock(Instant.now(), 1);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("crm.clock", "campaign");
        registration = host.context.registerService(Clock.class, clock, props);
    }

    @AfterAll
    static void tearDown() throws Exception {
        registration.unregister();
        CampaignFixture.reset(host);
        CrmHost.service(host.context, ConfigurationAdmin.class).getConfiguration("kr.crm.campaign.sms", "?").delete();
        provider.close();
    }

    @Test
    void aThrottledSmsSendReachingNinePmHoldsTheRestUntilEightButNotForTheNightConsented() throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        List<String> digits = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String phone = CampaignTest.phone();
            String key = f.customer("문자" + i, null, phone);
            f.consent(key, "SMS", "ADVERTISING", true);
            keys.add(key);
            digits.add(phone.replace("-", ""));
        }
        String nightOwl = keys.get(23);
        f.consent(nightOwl, "SMS", "NIGHT_ADVERTISING", true);
        long segment = f.segment(24);
        String template = "camp-sms-" + f.run;
        HttpResponse<String> t = host.call("POST", "v1/campaign-templates", CrmHost.REP, """
                {"name":"%s","channel":"SMS","kind":"ADVERTISING","senderName":"한빛상사","senderContact":"02-123-4567",
                 "optOut":"080-123-4567","body":"{name}님, 겨울 특가 안내"}""".formatted(template));
        assertThat(t.statusCode()).as(t.body()).isEqualTo(201);
        long id = f.campaign(segment, template, null);

        ZonedDateTime evening = ZonedDateTime.now(SEOUL).plusDays(1).withHour(20).withMinute(58).withSecond(0)
                .withNano(0);
        Instant nine = evening.withHour(21).withMinute(0).toInstant();
        Instant eight = evening.plusDays(1).withHour(8).withMinute(0).toInstant();
        clock.set(evening.toInstant(), 60);
        assertThat(f.launch(id).path("frozen").asInt()).isEqualTo(24);

        JsonNode counts = awaitQuiet(f, id);
        assertThat(counts.path("held").asInt()).as(counts.toString()).isPositive();
        assertThat(counts.path("sent").asInt()).as(counts.toString()).isPositive();
        assertThat(counts.path("sent").asInt() + counts.path("held").asInt()).isEqualTo(24);
        for (JsonNode r : f.recipients(id)) {
            boolean owl = r.path("customerKey").asText().equals(nightOwl);
            if (r.path("state").asText().equals("PENDING")) {
                assertThat(owl).as("the night-consented person is never held").isFalse();
                assertThat(Instant.parse(r.path("notBefore").asText())).isEqualTo(eight);
            } else {
                assertThat(r.path("state").asText()).isEqualTo("SENT");
                Instant at = Instant.parse(sendLog(id, r).path("at").asText());
                if (!owl) {
                    assertThat(at).as("sent before nine").isBefore(nine);
                }
            }
        }
        int held = counts.path("held").asInt();
        assertThat(provider.received).hasSize(24 - held);

        clock.set(eight.plusSeconds(5), 60);
        f.awaitDone(id);
        assertThat(provider.received).hasSize(24);
        for (String d : digits) {
            assertThat(provider.to(d)).as(d).hasSize(1);
        }
        SmsProvider.Received one = provider.received.get(0);
        assertThat(one.apiKey()).isEqualTo(SmsProvider.KEY);
        assertThat(one.body().path("from").asText()).isEqualTo("021234567");
        assertThat(one.body().path("type").asText()).as("76 bytes in EUC-KR").isEqualTo("SMS");
        assertThat(one.body().path("text").asText()).startsWith("(광고)한빛상사\n").endsWith("무료수신거부 080-123-4567");
        assertThat(one.body().path("refKey").asText()).startsWith("campaign-" + id + "-");
        long late = f.recipients(id).stream().filter(r -> {
            try {
                return !Instant.parse(sendLog(id, r).path("at").asText()).isBefore(eight);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertThat(late).isEqualTo(held);
    }

    private static JsonNode sendLog(long id, JsonNode recipient) throws Exception {
        JsonNode why = host.read(host.call("GET", "v1/campaigns/" + id + "/recipients/" + recipient.path("id").asLong()
                + "/why", CrmHost.REP, null));
        assertThat(why.path("sendLog").size()).isEqualTo(1);
        return why.path("sendLog").get(0);
    }

    /** Waits until no row is in flight and the pending ones are all held (the clock stops nothing by itself). */
    private static JsonNode awaitQuiet(CampaignFixture f, long id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode c;
        do {
            TimeUnit.MILLISECONDS.sleep(300);
            c = f.counts(id);
        } while ((c.path("sending").asInt() > 0 || c.path("pending").asInt() != c.path("held").asInt()
                || c.path("sent").asInt() + c.path("held").asInt() < 24) && System.nanoTime() < deadline);
        return c;
    }
}
