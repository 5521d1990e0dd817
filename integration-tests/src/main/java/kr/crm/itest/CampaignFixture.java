package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.osgi.service.cm.ConfigurationAdmin;

/** Customers, consents, segments, templates and campaigns made over REST for the campaign tests. */
final class CampaignFixture {
    static final String SECRET = "it-unsubscribe-secret-0123456789-abcdefgh";
    private final CrmHost host;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String region = "캠페인-" + run;

    CampaignFixture(CrmHost host) {
        this.host = host;
    }

    /** Unsubscribe and tracking links to this host; the sender in small, slow slices so a test can act mid-way. */
    static void configure(CrmHost host, int perSecond) throws Exception {
        String origin = "http://127.0.0.1:" + host.context.getProperty("org.osgi.service.http.port");
        ConfigurationAdmin admin = CrmHost.service(host.context, ConfigurationAdmin.class);
        Hashtable<String, Object> links = new Hashtable<>();
        links.put("secret", SECRET);
        links.put("publicBaseUrl", origin);
        org.osgi.service.cm.Configuration current = admin.getConfiguration("kr.crm.campaign.unsubscribe", "?");
        boolean same = current.getProperties() != null && SECRET.equals(current.getProperties().get("secret"))
                && origin.equals(current.getProperties().get("publicBaseUrl"));
        if (!same) { // an update restarts the template service and the resources on it: only when it changes
            current.update(links);
        }
        Hashtable<String, Object> sender = new Hashtable<>();
        sender.put("sliceSize", 5);
        sender.put("maxPerSecond", perSecond);
        sender.put("pollSeconds", 1);
        sender.put("retrySeconds", 1);
        updateSender(host, sender);
        host.awaitStatus("GET", "v1/campaigns", CrmHost.VIEWER, 200);
        TimeUnit.SECONDS.sleep(1); // the whiteboard settles the other resources of the application
        host.awaitStatus("GET", "v1/customers?q=x", CrmHost.VIEWER, 200);
        host.awaitStatus("GET", "v1/campaigns", CrmHost.VIEWER, 200);
    }

    /**
     * Back to the sender's default pace (a pass every 10 s), so that the tests after these do not share the pool with
     * it. An update, never a delete: a configuration deleted and made again at once can leave SCR on the deleted one.
     */
    static void reset(CrmHost host) throws Exception {
        Hashtable<String, Object> sender = new Hashtable<>();
        sender.put("sliceSize", 200);
        sender.put("maxPerSecond", 0);
        sender.put("pollSeconds", 10);
        sender.put("retrySeconds", 60);
        updateSender(host, sender);
    }

    /** Updates the sender's configuration and waits until the sender runs with it (DS puts it on the service). */
    private static void updateSender(CrmHost host, Hashtable<String, Object> sender) throws Exception {
        String revision = UUID.randomUUID().toString();
        sender.put("itRevision", revision);
        CrmHost.service(host.context, ConfigurationAdmin.class).getConfiguration("kr.crm.campaign.sender", "?")
                .update(sender);
        org.osgi.framework.Filter filter = host.context.createFilter("(&(component.name="
                + "kr.crm.campaign.internal.CampaignSender)(itRevision=" + revision + "))");
        org.osgi.util.tracker.ServiceTracker<?, ?> tracker = new org.osgi.util.tracker.ServiceTracker<>(host.context,
                filter, null);
        tracker.open();
        try {
            assertThat(tracker.waitForService(TimeUnit.SECONDS.toMillis(30))).as("sender with %s, SCR says %s",
                    sender, ComponentStates.describe(host.context, "kr.crm.campaign.internal.CampaignSender"))
                    .isNotNull();
        } finally {
            tracker.close();
        }
    }

    String email(String local) {
        return local + "-" + run + "@" + local + "-mail.co.kr";
    }

    String customer(String name, String email, String phone) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/customers", CrmHost.REP, """
                {"kind":"PERSON","name":"%s","region":"%s"%s%s}""".formatted(name, region,
                email == null ? "" : ",\"email\":\"" + email + "\"", phone == null ? "" : ",\"phone\":\"" + phone + "\""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    long consent(String key, String channel, String purpose, boolean granted) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/consents", CrmHost.REP, """
                {"subjectKey":"%s","channel":"%s","purpose":"%s","granted":%s,"method":"WEB_FORM","noticeVersion":"v1",
                 "occurredAt":"%s"}""".formatted(key, channel, purpose, granted,
                OffsetDateTime.now(ZoneOffset.ofHours(9)).minusMinutes(5)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("id").asLong();
    }

    void optOut(String key, String address, String channel) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/consents/opt-outs", CrmHost.REP, """
                {%s%s"channel":%s,"method":"PHONE"}""".formatted(key == null ? "" : "\"customerKey\":\"" + key + "\",",
                address == null ? "" : "\"address\":\"" + address + "\",", channel == null ? "null" : "\"" + channel + "\""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    void order(String name, String phone, String category, int daysAgo) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/orders", CrmHost.REP, """
                {"source":"camp-it","orderNo":"%s","orderedAt":"%s","totalAmount":30000,
                 "buyer":{"name":"%s","phone":"%s"},
                 "lines":[{"lineNo":1,"productName":"상품","category":"%s","quantity":1,"unitPrice":30000,"amount":30000}]}"""
                .formatted("O-" + UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.ofHours(9)).minusDays(daysAgo), name,
                        phone, category));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        assertThat(host.read(r).path("outcome").asText()).as(r.body()).isEqualTo("LINKED");
    }

    /** A segment of this fixture's region, after a full recompute has given every new customer its measures. */
    long segment(int expectedMembers) throws Exception {
        LeasedRuns.untilRan(host, "v1/analytics/recompute", CrmHost.ADMIN);
        HttpResponse<String> s = host.call("POST", "v1/segments", CrmHost.REP, """
                {"name":"캠페인 대상 %s","conditions":[{"field":"region","op":"=","value":"%s"}]}""".formatted(run, region));
        assertThat(s.statusCode()).as(s.body()).isEqualTo(201);
        assertThat(host.read(s).path("members").asInt()).isEqualTo(expectedMembers);
        return host.read(s).path("id").asLong();
    }

    String emailTemplate(String body) throws Exception {
        String name = "camp-mail-" + run;
        HttpResponse<String> r = host.call("POST", "v1/campaign-templates", CrmHost.REP, """
                {"name":"%s","channel":"EMAIL","kind":"ADVERTISING","senderName":"한빛상사","senderContact":"02-123-4567",
                 "subject":"겨울 신상품 안내","body":"%s"}""".formatted(name, body));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return name;
    }

    long campaign(long segment, String template, String goodsKind) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/campaigns", CrmHost.REP, """
                {"name":"겨울 캠페인 %s","segmentId":%d,"templateName":"%s"%s}""".formatted(run, segment, template,
                goodsKind == null ? "" : ",\"goodsKind\":\"" + goodsKind + "\""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("id").asLong();
    }

    JsonNode launch(long id) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/campaigns/" + id + "/launch", CrmHost.REP, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }

    JsonNode counts(long id) throws Exception {
        return host.read(host.call("GET", "v1/campaigns/" + id + "/counts", CrmHost.VIEWER, null));
    }

    /** Waits up to 60 s for the campaign to be DONE. */
    JsonNode awaitDone(long id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode c;
        do {
            TimeUnit.MILLISECONDS.sleep(200);
            c = host.read(host.call("GET", "v1/campaigns/" + id, CrmHost.VIEWER, null));
        } while (!"DONE".equals(c.path("state").asText()) && System.nanoTime() < deadline);
        assertThat(c.path("state").asText()).as(c.toString()).isEqualTo("DONE");
        return c;
    }

    List<JsonNode> recipients(long id) throws Exception {
        JsonNode page = host.read(host.call("GET", "v1/campaigns/" + id + "/recipients?size=200", CrmHost.REP, null));
        List<JsonNode> out = new ArrayList<>();
        page.path("items").forEach(out::add);
        return out;
    }

    /** The campaign messages (not consent notices) GreenMail received for {@code address}. */
    List<jakarta.mail.internet.MimeMessage> campaignMail(MailServer mail, String address) {
        return mail.to(address).stream().filter(m -> {
            try {
                return m.getMessageID() != null && m.getMessageID().startsWith("<campaign-");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Every campaign message GreenMail received so far for this fixture's addresses. */
    long campaignMailCount(MailServer mail) {
        return java.util.Arrays.stream(mail.greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getMessageID() != null && m.getMessageID().startsWith("<campaign-")
                        && java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(run));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    /** Outbox rows per state, read from MariaDB. */
    java.util.Map<String, Integer> states(long id) throws Exception {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        try (java.sql.Connection c = CrmHost.jdbc();
                java.sql.PreparedStatement s = c.prepareStatement(
                        "SELECT state, COUNT(*) FROM campaign_recipient WHERE campaign_id = ? GROUP BY state")) {
            s.setLong(1, id);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** {@code n} customers with an e-mail advertising consent; their addresses are {@code bulk<i>-run@…}. */
    List<String> consentedCustomers(int n, String domainPrefix) throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = customer("수신자" + i, bulkEmail(i, domainPrefix), null);
            consent(key, "EMAIL", "ADVERTISING", true);
            keys.add(key);
        }
        return keys;
    }

    String bulkEmail(int i, String domainPrefix) {
        return "bulk" + i + "-" + run + "@" + domainPrefix + (i % 3) + ".co.kr";
    }

    JsonNode recipient(long id, String customerKey) throws Exception {
        return recipients(id).stream().filter(r -> r.path("customerKey").asText().equals(customerKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no recipient " + customerKey));
    }
}
