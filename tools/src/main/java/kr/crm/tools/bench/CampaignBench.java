package kr.crm.tools.bench;

import static kr.crm.tools.bench.BenchSupport.call;
import static kr.crm.tools.bench.BenchSupport.count;
import static kr.crm.tools.bench.BenchSupport.deleteTree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.crm.tools.HostConfigs;
import kr.crm.tools.HostProcess;
import kr.crm.tools.PrivateMariaDb;

/**
 * A 100,000-recipient e-mail campaign through the running host to GreenMail in this JVM: the freeze at launch
 * ({@code POST /api/v1/campaigns/{id}/launch}: segment minus opt-outs minus no lawful basis, set-based), then the
 * send until the campaign is DONE, the per-domain throttle at its default (3 connections per receiving domain),
 * first without a rate limit (what the code and GreenMail manage on this machine), then a second campaign to the
 * same segment with {@code maxPerSecond} set, to show the rate follows the throttle. The fixture (customers, 90 %
 * with an e-mail advertising consent, 2 % opted out, the segment's members) is written straight into MariaDB, not
 * timed. Host heap from its GC log.
 *
 * <p>Arguments: recipients (default 100000), throttled rate per second (default 20), messages per run before
 * the campaign is paused (default 3000; the whole campaign with a larger number), domains (default 20).
 */
public final class CampaignBench {
    private static final String PASSWORD = "bench-pass-2026";
    private static final String DATABASE = "crm_campaign";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CampaignBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int sendN = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
        int domains = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Path work = Path.of("work", "bench-campaign").toAbsolutePath();
        deleteTree(work);
        Path host = work.resolve("host");
        Path deploy = host.resolve("deploy");
        int dbPort = freePort();
        int httpPort = freePort();
        int smtpPort = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        HostConfigs.write(deploy, DATABASE, dbPort, httpPort, PASSWORD, PASSWORD);
        HostConfigs.mail(deploy, smtpPort, "news@bench.co.kr", "벤치상사");
        // more connections than the sender's lanes (12) plus the REST calls, the outbox and the access log
        HostConfigs.config(deploy, "kr.crm.persistence.datasource", "host=\"127.0.0.1\"\nport=I\"" + dbPort
                + "\"\ndatabase=\"" + DATABASE + "\"\nuser=\"crm\"\npassword=\"" + PASSWORD + "\"\npoolSize=I\"24\"\n");
        HostConfigs.config(deploy, "kr.crm.campaign.unsubscribe",
                "secret=\"bench-unsubscribe-secret-0123456789abcdef\"\npublicBaseUrl=\"http://127.0.0.1:" + httpPort + "\"\n");
        HostConfigs.config(deploy, "kr.crm.analytics", "intervalMinutes=I\"0\"\nonOrders=B\"false\"\n");
        HostConfigs.config(deploy, "kr.crm.grading", "intervalMinutes=I\"0\"\nonOrders=B\"false\"\n");
        sender(deploy, 0);
        String api = "http://127.0.0.1:" + httpPort + "/api/v1/";
        Path jar = Path.of(System.getProperty("crm.host.jar", "cnf/target/host.jar"));
        Path gcLog = host.resolve("gc.log");
        try (PrivateMariaDb db = PrivateMariaDb.start(work.resolve("mariadb"), dbPort,
                List.of("--innodb-buffer-pool-size=1G", "--max-allowed-packet=64M"))) {
            db.ensureDatabase(DATABASE, "crm", PASSWORD);
            try (HostProcess process = HostProcess.start(jar, host, false,
                    List.of("-Xmx768m", "-Xlog:gc:file=" + gcLog + ":uptime"))) {
                if (!process.awaitUp(api + "customers", "rep.kim:" + PASSWORD)) {
                    throw new IllegalStateException("host did not come up; see " + host.resolve("host.log"));
                }
                Instant jvmStart = process.handle().info().startInstant().orElseThrow();
                HttpResponse<String> seg = null;
                for (int attempt = 0; attempt < 60 && (seg == null || seg.statusCode() != 201); attempt++) {
                    Thread.sleep(1000); // the JAX-RS whiteboard settles after the start
                    seg = call("POST", api + "segments", "rep.kim:" + PASSWORD, """
                            {"name":"bench all","conditions":[{"field":"kind","op":"=","value":"PERSON"}]}""");
                }
                if (seg.statusCode() != 201) {
                    throw new IllegalStateException("segment: " + seg.body());
                }
                long segment = JSON.readTree(seg.body()).path("id").asLong();
                try (Connection c = DriverManagerHolder.connect(dbPort)) {
                    long t0 = System.nanoTime();
                    load(c, n, domains, segment);
                    System.out.printf("fixture: %,d members in %.0f s (not timed)%n", n, (System.nanoTime() - t0) / 1e9);
                }
                template(api);
                run("unthrottled (3 per domain, no rate limit)", api, segment, sendN, domains, mail, jvmStart, gcLog);
                sender(deploy, rate);
                Thread.sleep(5000); // FileInstall hands the new sender configuration over
                run("maxPerSecond=" + rate, api, segment, Math.max(rate * 30, 100), domains, mail, jvmStart, gcLog);
            }
        } finally {
            mail.stop();
        }
    }

    private static void sender(Path deploy, int rate) throws Exception {
        HostConfigs.config(deploy, "kr.crm.campaign.sender", "sliceSize=I\"500\"\nmaxConnections=I\"12\"\nmaxPerSecond=I\"" + rate
                + "\"\npollSeconds=I\"2\"\n");
    }

    private static void template(String api) throws Exception {
        HttpResponse<String> t = call("POST", api + "campaign-templates", "rep.kim:" + PASSWORD, """
                {"name":"bench","channel":"EMAIL","kind":"ADVERTISING","senderName":"벤치상사","senderContact":"02-555-0000",
                 "subject":"12월 소식","body":"{name}님, 12월 신상품을 만나보세요: https://shop.bench.co.kr/12"}""");
        if (t.statusCode() != 201) {
            throw new IllegalStateException("template: " + t.body());
        }
    }

    private static void run(String what, String api, long segment, int limit, int domains, GreenMail mail,
            Instant jvmStart, Path gcLog) throws Exception {
        String rep = "rep.kim:" + PASSWORD;
        HttpResponse<String> c = call("POST", api + "campaigns", rep, """
                {"name":"bench %s","segmentId":%d,"templateName":"bench"}""".formatted(what, segment));
        if (c.statusCode() != 201) {
            throw new IllegalStateException("campaign: " + c.statusCode() + " " + c.body());
        }
        long id = JSON.readTree(c.body()).path("id").asLong();
        int before = mail.getReceivedMessages().length;
        double from = Duration.between(jvmStart, Instant.now()).toMillis() / 1000.0;
        long t0 = System.nanoTime();
        HttpResponse<String> launched = call("POST", api + "campaigns/" + id + "/launch", rep, null);
        double freeze = (System.nanoTime() - t0) / 1e9;
        if (launched.statusCode() != 200) {
            throw new IllegalStateException("launch: " + launched.statusCode() + " " + launched.body());
        }
        JsonNode l = JSON.readTree(launched.body());
        System.out.printf("%n== %s ==%nlaunch (freeze) %.2f s: segment %,d, frozen %,d%n", what, freeze,
                l.path("segmentSize").asInt(), l.path("frozen").asInt());
        long frozen = l.path("frozen").asLong();
        if (limit < frozen) {
            System.out.printf("(paused after %,d messages)%n", limit);
        }
        long sendStart = System.nanoTime();
        long lastPrint = 0;
        JsonNode counts;
        while (true) {
            Thread.sleep(1000);
            counts = JSON.readTree(call("GET", api + "campaigns/" + id + "/counts", rep, null).body());
            long done = counts.path("sent").asLong() + counts.path("failed").asLong() + counts.path("skipped").asLong();
            double s = (System.nanoTime() - sendStart) / 1e9;
            if (s - lastPrint >= 30) {
                lastPrint = (long) s;
                System.out.printf("  %4.0f s: %,d done (%.0f/s)%n", s, done, done / s);
            }
            if (done >= Math.min(limit, frozen)) {
                if (limit < frozen) {
                    call("POST", api + "campaigns/" + id + "/pause", rep, null);
                }
                break;
            }
        }
        double seconds = (System.nanoTime() - sendStart) / 1e9;
        long sent = counts.path("sent").asLong();
        System.out.printf("sent %,d (failed %d, skipped %d) in %.0f s: %.0f messages/s over %d domains; GreenMail got %,d%n",
                sent, counts.path("failed").asLong(), counts.path("skipped").asLong(), seconds, sent / seconds, domains,
                mail.getReceivedMessages().length - before);
        double to = Duration.between(jvmStart, Instant.now()).toMillis() / 1000.0;
        System.out.println(BenchSupport.gc(gcLog, from, to));
    }

    /** Customers, consents, opt-outs, and every customer as the segment's only members, written directly. */
    private static void load(Connection c, int n, int domains, long id) throws Exception {
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofDays(30)));
        try (PreparedStatement cu = c.prepareStatement("INSERT INTO customer (customer_key, kind, name, name_key, email, "
                + "email_key, version, created_at, updated_at) VALUES (?, 'PERSON', ?, ?, ?, ?, 1, ?, ?)");
                PreparedStatement co = c.prepareStatement("INSERT INTO consent_record (subject_key, channel, purpose, "
                        + "granted, method, notice_version, occurred_at, recorded_at, recorded_by, notice_due_at, "
                        + "notice_sent_at, reconfirm_due_at) VALUES (?, 'EMAIL', 'ADVERTISING', TRUE, 'WEB_FORM', 'v1', "
                        + "?, ?, 'bench', ?, ?, ?)");
                PreparedStatement oo = c.prepareStatement("INSERT INTO opt_out (customer_key, channel, method, "
                        + "recorded_at, recorded_by) VALUES (?, NULL, 'PHONE', ?, 'bench')")) {
            Timestamp due = Timestamp.from(Instant.now().plus(Duration.ofDays(700)));
            for (int i = 0; i < n; i++) {
                String key = key(i);
                String email = "c" + i + "@d" + (i % domains) + ".bench.kr";
                cu.setString(1, key);
                cu.setString(2, "고객" + i);
                cu.setString(3, "고객" + i);
                cu.setString(4, email);
                cu.setString(5, email);
                cu.setTimestamp(6, now);
                cu.setTimestamp(7, now);
                cu.addBatch();
                if (i % 10 != 9) {
                    co.setString(1, key);
                    co.setTimestamp(2, past);
                    co.setTimestamp(3, past);
                    co.setTimestamp(4, Timestamp.from(past.toInstant().plus(Duration.ofDays(14))));
                    co.setTimestamp(5, past);
                    co.setTimestamp(6, due);
                    co.addBatch();
                }
                if (i % 50 == 7) {
                    oo.setString(1, key);
                    oo.setTimestamp(2, now);
                    oo.addBatch();
                }
                if (i % 5000 == 4999 || i == n - 1) {
                    cu.executeBatch();
                    co.executeBatch();
                    oo.executeBatch();
                    c.commit();
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM segment_member WHERE segment_id = " + id);
            s.executeUpdate("INSERT INTO segment_member (segment_id, customer_key, entered_at) "
                    + "SELECT " + id + ", customer_key, NOW(3) FROM customer WHERE email LIKE '%.bench.kr'");
            c.commit();
            for (String t : List.of("customer", "consent_record", "opt_out", "segment_member")) {
                s.execute("ANALYZE TABLE " + t);
            }
            c.setAutoCommit(true);
        }
    }

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** A customer key in the CRM's own shape: C, ten base-32 characters, a Luhn mod 32 check character. */
    static String key(int i) {
        StringBuilder b = new StringBuilder();
        long v = 0x2C0FFEEL * 1_000_003L + i;
        for (int k = 0; k < 10; k++) {
            b.append(ALPHABET.charAt((int) (v % 32)));
            v /= 32;
        }
        String body = b.toString();
        int sum = 0;
        boolean doubled = true;
        for (int k = body.length() - 1; k >= 0; k--) {
            int addend = ALPHABET.indexOf(body.charAt(k)) * (doubled ? 2 : 1);
            sum += addend / 32 + addend % 32;
            doubled = !doubled;
        }
        return "C" + body + ALPHABET.charAt((32 - sum % 32) % 32);
    }

    /** A JDBC connection to the bench database. */
    private static final class DriverManagerHolder {
        static Connection connect(int port) throws Exception {
            return java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE, "crm",
                    PASSWORD);
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
