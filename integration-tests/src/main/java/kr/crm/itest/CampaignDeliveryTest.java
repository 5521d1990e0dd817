package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** A running campaign: the kill switch, an opt-out arriving mid-way, and a sender stopped and started again. */
class CampaignDeliveryTest extends CrmTest {
    private static MailServer mail;

    @BeforeAll
    static void setUp() throws Exception {
        mail = MailServer.get();
        CampaignFixture.configure(host, 12);
    }

    @org.junit.jupiter.api.AfterAll
    static void tearDown() throws Exception {
        CampaignFixture.reset(host);
    }

    @Test
    void pauseStopsSendingAndAnOptOutArrivingMidCampaignStopsThatPersonsMessage() throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        List<String> keys = f.consentedCustomers(20, "pause");
        long id = f.campaign(f.segment(20), f.emailTemplate("{name}님, 봄 신상품 안내입니다."), null);
        assertThat(f.launch(id).path("frozen").asInt()).isEqualTo(20);
        awaitAtLeast(f, 4);

        HttpResponse<String> paused = host.call("POST", "v1/campaigns/" + id + "/pause", CrmHost.REP, null);
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        assertThat(host.read(paused).path("state").asText()).isEqualTo("PAUSED");
        TimeUnit.MILLISECONDS.sleep(1000); // what was in flight at the pause lands
        long atPause = f.campaignMailCount(mail);
        TimeUnit.MILLISECONDS.sleep(2000);
        assertThat(f.campaignMailCount(mail)).as("nothing is sent while paused").isEqualTo(atPause);
        assertThat(atPause).isLessThan(20);
        Map<String, Integer> states = f.states(id);
        assertThat(states).doesNotContainKey("SENDING");
        assertThat(states.get("SENT")).isEqualTo((int) atPause);
        assertThat(host.call("POST", "v1/campaigns/" + id + "/pause", CrmHost.REP, null).statusCode()).isEqualTo(400);

        JsonNode last = f.recipients(id).stream().filter(r -> r.path("state").asText().equals("PENDING"))
                .reduce((a, b) -> b).orElseThrow();
        String stopper = last.path("customerKey").asText();
        f.optOut(stopper, null, null);

        assertThat(host.call("POST", "v1/campaigns/" + id + "/resume", CrmHost.REP, null).statusCode()).isEqualTo(200);
        f.awaitDone(id);
        for (int i = 0; i < keys.size(); i++) {
            int expected = keys.get(i).equals(stopper) ? 0 : 1;
            assertThat(f.campaignMail(mail, f.bulkEmail(i, "pause"))).as("recipient %s", i).hasSize(expected);
        }
        JsonNode skipped = host.read(host.call("GET", "v1/campaigns/" + id + "/recipients/" + last.path("id").asLong()
                + "/why", CrmHost.REP, null));
        assertThat(skipped.path("recipient").path("state").asText()).isEqualTo("SKIPPED");
        assertThat(skipped.path("recipient").path("basis").asText()).as("the basis at launch stays").isEqualTo("CONSENT");
        JsonNode log = skipped.path("sendLog").get(0);
        assertThat(log.path("outcome").asText()).isEqualTo("SKIPPED");
        assertThat(log.path("basisDetail").asText()).startsWith("opted out");
        JsonNode counts = f.counts(id);
        assertThat(counts.path("sent").asInt()).isEqualTo(19);
        assertThat(counts.path("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void aSenderStoppedMidCampaignResumesWithoutSendingTwiceOrSkipping() throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        f.consentedCustomers(30, "kill");
        long id = f.campaign(f.segment(30), f.emailTemplate("{name}님, 여름 신상품 안내입니다."), null);
        assertThat(f.launch(id).path("frozen").asInt()).isEqualTo(30);
        awaitAtLeast(f, 6);

        Bundle campaigns = host.bundle("kr.crm.campaign");
        campaigns.stop();
        try {
            long atStop = f.campaignMailCount(mail);
            Map<String, Integer> states = f.states(id);
            assertThat(states).as("a stop waits for the messages in flight").doesNotContainKey("SENDING");
            assertThat(states.get("SENT")).isEqualTo((int) atStop);
            assertThat(states.get("PENDING")).as("stopped mid-campaign").isPositive();
            TimeUnit.MILLISECONDS.sleep(1500);
            assertThat(f.campaignMailCount(mail)).isEqualTo(atStop);
        } finally {
            campaigns.start();
        }
        host.awaitStatus("GET", "v1/campaigns/" + id, CrmHost.VIEWER, 200);
        f.awaitDone(id);
        for (int i = 0; i < 30; i++) {
            assertThat(f.campaignMail(mail, f.bulkEmail(i, "kill"))).as("recipient %s", i).hasSize(1);
        }
        assertThat(f.states(id)).containsExactly(Map.entry("SENT", 30));
        assertThat(f.recipients(id)).allSatisfy(r -> assertThat(r.path("attempts").asInt()).isEqualTo(1));
    }

    private static void awaitAtLeast(CampaignFixture f, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (f.campaignMailCount(mail) < n && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertThat(f.campaignMailCount(mail)).isGreaterThanOrEqualTo(n);
    }
}
