package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Bounces that come back later by mail: real RFC 3464 notifications in a real IMAP mailbox (GreenMail), read by the
 * host's bounce job, seen by the marketer over REST; a hard-bounced address is left out of the next campaign until
 * the customer's address changes.
 */
class CampaignBounceTest extends CrmTest {
    private static final String USER = "bounces@hanbit-it.co.kr";
    private static final String PASSWORD = "bounce-mailbox-pw";
    private static MailServer mail;
    private static GreenMail imap;
    private static GreenMailUser mailbox;

    @BeforeAll
    static void setUp() throws Exception {
        mail = MailServer.get();
        CampaignFixture.configure(host, 50);
        imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        mailbox = imap.setUser(USER, USER, PASSWORD);
    }

    @AfterAll
    static void tearDown() throws Exception {
        Configuration c = admin().getConfiguration("kr.crm.campaign.bounces", "?");
        if (c.getProperties() != null) {
            c.delete();
        }
        CampaignFixture.reset(host);
        imap.stop();
    }

    @Test
    void permanentBouncesMarkTheRecipientOnceAndSuppressTheAddressTransientOnesAreRecordedTheRestIsSetAside()
            throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        List<String> keys = f.consentedCustomers(3, "bounce");
        long segment = f.segment(3);
        String template = f.emailTemplate("{name}님, 겨울 신상품 안내드립니다.");
        long id = f.campaign(segment, template, null);
        f.launch(id);
        f.awaitDone(id);
        MimeMessage hard = sent(f, 0);
        MimeMessage soft = sent(f, 1);
        MimeMessage other = sent(f, 2);
        assertThat(hard.getHeader("X-CRM-Ref")).as("the signed reference").hasSize(1);

        String forged = "MTIzCmJvdW5jZQ.c2lnbmVkIGJ5IHNvbWVib2R5IGVsc2UgZW50aXJlbHk";
        deliver(dsn("hard-" + f.run, "5.1.1", "failed",
                "550 5.1.1 <" + f.bulkEmail(0, "bounce") + ">: Recipient address rejected: User unknown", hard, null));
        deliver(dsn("hard-" + f.run, "5.1.1", "failed", // the same notification again (a re-run, another node)
                "550 5.1.1 <" + f.bulkEmail(0, "bounce") + ">: Recipient address rejected: User unknown", hard, null));
        deliver(dsn("soft-" + f.run, "4.2.2", "delayed", "452 4.2.2 메일함 용량 초과 (mailbox full)", soft, null));
        deliver(dsn("forged-" + f.run, "5.1.1", "failed", "550 5.1.1 User unknown", other, forged));
        deliver("Message-ID: <ooo-" + f.run + "@mx>\r\nSubject: 부재중 자동응답\r\nContent-Type: text/plain; "
                + "charset=UTF-8\r\n\r\n휴가 중입니다.\r\n");
        configureMailbox();

        awaitFolder("INBOX", 0);
        assertThat(count("CRM-Processed")).as("recorded: the permanent one (twice) and the transient one").isEqualTo(3);
        assertThat(count("CRM-Unmatched")).as("set aside: forged reference and not a report").isEqualTo(2);

        JsonNode counts = f.counts(id);
        assertThat(counts.path("bounced").asInt()).as(counts.toString()).isEqualTo(1);
        assertThat(counts.path("sent").asInt()).as(counts.toString()).isEqualTo(2);
        JsonNode bounced = f.recipient(id, keys.get(0));
        assertThat(bounced.path("state").asText()).isEqualTo("BOUNCED");
        assertThat(bounced.path("bounced").asBoolean()).isTrue();
        assertThat(bounced.path("lastError").asText()).startsWith("bounced 5.1.1: 550 5.1.1")
                .contains("User unknown").doesNotContain("@");
        JsonNode delayed = f.recipient(id, keys.get(1));
        assertThat(delayed.path("state").asText()).isEqualTo("SENT");
        assertThat(delayed.path("bounced").asBoolean()).isFalse();
        assertThat(f.recipient(id, keys.get(2)).path("state").asText()).as("a forged notice bounces nobody")
                .isEqualTo("SENT");

        JsonNode whyHard = why(id, bounced.path("id").asLong());
        assertThat(whyHard.path("bounces")).hasSize(1);
        assertThat(whyHard.path("bounces").get(0).path("kind").asText()).isEqualTo("PERMANENT");
        assertThat(whyHard.path("bounces").get(0).path("status").asText()).isEqualTo("5.1.1");
        assertThat(whyHard.path("sendLog").get(0).path("outcome").asText()).isEqualTo("SENT");
        JsonNode whySoft = why(id, delayed.path("id").asLong());
        assertThat(whySoft.path("bounces")).hasSize(1);
        assertThat(whySoft.path("bounces").get(0).path("kind").asText()).isEqualTo("TRANSIENT");
        assertThat(whySoft.path("bounces").get(0).path("action").asText()).isEqualTo("delayed");
        assertThat(whySoft.path("bounces").get(0).path("diagnostic").asText()).contains("메일함 용량 초과");
        HttpResponse<String> list = host.call("GET", "v1/campaigns/" + id + "/bounces", CrmHost.REP, null);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(host.read(list)).as("the repeated notification counts once").hasSize(2);
        assertThat(host.call("GET", "v1/campaigns/" + id + "/bounces", CrmHost.VIEWER, null).statusCode())
                .isEqualTo(403);
        assertThat(host.call("GET", "v1/campaigns/" + id + "/bounces?limit=x", CrmHost.REP, null).statusCode())
                .isEqualTo(400);
        assertUnmatchedRecorded(f);

        long next = f.campaign(segment, template, null);
        JsonNode launched = f.launch(next);
        assertThat(launched.path("segmentSize").asInt()).isEqualTo(3);
        assertThat(launched.path("frozen").asInt()).as("the hard-bounced address is suppressed").isEqualTo(2);
        assertThat(f.recipients(next)).extracting(r -> r.path("customerKey").asText())
                .containsExactlyInAnyOrder(keys.get(1), keys.get(2));
        f.awaitDone(next);

        changeEmail(keys.get(0), "new-" + f.bulkEmail(0, "bounce"));
        long third = f.campaign(segment, template, null);
        assertThat(f.launch(third).path("frozen").asInt()).as("a changed address is sent to again").isEqualTo(3);
        f.awaitDone(third);
        assertThat(f.campaignMail(mail, "new-" + f.bulkEmail(0, "bounce"))).hasSize(1);
    }

    private MimeMessage sent(CampaignFixture f, int i) throws Exception {
        List<MimeMessage> got = f.campaignMail(mail, f.bulkEmail(i, "bounce"));
        assertThat(got).hasSize(1);
        return got.get(0);
    }

    private static JsonNode why(long campaign, long row) throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/campaigns/" + campaign + "/recipients/" + row + "/why",
                CrmHost.REP, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }

    /** The unmatched and malformed notices are kept as such in the database, with no campaign or row. */
    private static void assertUnmatchedRecorded(CampaignFixture f) throws Exception {
        List<String> kinds = new ArrayList<>();
        try (java.sql.Connection c = CrmHost.jdbc();
                java.sql.PreparedStatement s = c.prepareStatement("SELECT kind FROM campaign_bounce "
                        + "WHERE campaign_id IS NULL AND recorded_at > NOW() - INTERVAL 10 MINUTE ORDER BY id")) {
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    kinds.add(rs.getString(1));
                }
            }
        }
        assertThat(kinds).contains("UNMATCHED", "MALFORMED");
    }

    private static void changeEmail(String key, String email) throws Exception {
        JsonNode current = host.read(host.call("GET", "v1/customers/" + key, CrmHost.REP, null));
        ObjectNode changed = ((ObjectNode) current.deepCopy()).put("email", email);
        HttpResponse<String> r = host.call("PUT", "v1/customers/" + key, CrmHost.REP, changed.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /**
     * An RFC 3464 report as Postfix writes it, returning the headers of {@code original} (its Message-ID and
     * X-CRM-Ref, or {@code forgedRef} instead of the latter).
     */
    private static String dsn(String id, String status, String action, String diagnostic, MimeMessage original,
            String forgedRef) throws Exception {
        String ref = forgedRef != null ? forgedRef : original.getHeader("X-CRM-Ref")[0];
        return String.join("\r\n",
                "Message-ID: <" + id + "@mx.bounce.co.kr>",
                "Date: Mon, 7 Dec 2026 10:00:00 +0900",
                "From: MAILER-DAEMON@mx.bounce.co.kr (Mail Delivery System)",
                "To: " + MailServer.FROM,
                "Subject: Undelivered Mail Returned to Sender",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"BND\"",
                "",
                "--BND",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "This is the mail system at host mx.bounce.co.kr.",
                "",
                "--BND",
                "Content-Type: message/delivery-status; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "Reporting-MTA: dns; mx.bounce.co.kr",
                "Arrival-Date: Mon, 7 Dec 2026 09:59:58 +0900",
                "",
                "Final-Recipient: rfc822; " + original.getAllRecipients()[0],
                "Action: " + action,
                "Status: " + status,
                "Remote-MTA: dns; mx.bounce.co.kr",
                "Diagnostic-Code: smtp; " + diagnostic,
                "",
                "--BND",
                "Content-Type: text/rfc822-headers",
                "",
                "Message-ID: " + original.getMessageID(),
                "From: " + MailServer.FROM,
                "To: " + original.getAllRecipients()[0],
                "X-CRM-Ref: " + ref,
                "",
                "--BND--",
                "");
    }

    private static void deliver(String raw) throws Exception {
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    private static void configureMailbox() throws Exception {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("host", "127.0.0.1");
        p.put("port", imap.getImap().getPort());
        p.put("security", "NONE");
        p.put("user", USER);
        p.put("password", PASSWORD);
        p.put("pollSeconds", 1);
        p.put("leaseSeconds", 30);
        admin().getConfiguration("kr.crm.campaign.bounces", "?").update(p);
    }

    private static int count(String folder) throws Exception {
        ImapHostManager manager = imap.getManagers().getImapHostManager();
        MailFolder f = "INBOX".equals(folder) ? manager.getInbox(mailbox) : manager.getFolder(mailbox, folder);
        return f == null ? 0 : f.getMessageCount();
    }

    private static void awaitFolder(String folder, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count(folder) != n && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertThat(count(folder)).as("messages in %s", folder).isEqualTo(n);
    }

    private static ConfigurationAdmin admin() throws Exception {
        return CrmHost.service(host.context, ConfigurationAdmin.class);
    }
}
