package kr.crm.tools;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's run command ends here: starts the private MariaDB, writes the host's
 * {@code deploy/*.config} files, starts the Felix host jar beside it and prints where to go.
 * Ctrl-C stops the host, then the database.
 *
 * <p>System properties: {@code crm.work} (work folder, default {@code work}), {@code crm.db.port}
 * (default 13306), {@code crm.http.port} (default 8080), {@code crm.host.jar}.
 */
public final class DemoLauncher {
    static final String DB_PASSWORD = "crm-demo-db";
    static final String DEMO_PASSWORD = "demo-pass-2026";

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("crm.work", "work")).toAbsolutePath();
        int dbPort = Integer.getInteger("crm.db.port", 13306);
        int httpPort = Integer.getInteger("crm.http.port", 8080);
        Path hostJar = Path.of(System.getProperty("crm.host.jar", "cnf/target/host.jar"));

        System.out.println("Starting MariaDB 11.4 on 127.0.0.1:" + dbPort + " (data in " + work.resolve("mariadb") + ")");
        PrivateMariaDb db = PrivateMariaDb.start(work.resolve("mariadb"), dbPort);
        db.ensureDatabase("crm", "crm", DB_PASSWORD);

        Path hostDir = work.resolve("host");
        HostConfigs.write(hostDir.resolve("deploy"), "crm", dbPort, httpPort, DB_PASSWORD, DEMO_PASSWORD);
        HostConfigs.accessLog(hostDir.resolve("deploy"), work.resolve("mariadb").resolve("access-log-anchors"),
                work.resolve("mariadb").resolve("access-log-journal"));
        String hostSecret = secret(work.resolve("host-secret.txt"));
        HostConfigs.webSessions(hostDir.resolve("deploy"), secret(work.resolve("session-secret.txt")), hostSecret);
        HostConfigs.portal(hostDir.resolve("deploy"), secret(work.resolve("portal-secret.txt")), "http://127.0.0.1:" + httpPort);
        HostConfigs.campaigns(hostDir.resolve("deploy"), secret(work.resolve("campaign-secret.txt")),
                "http://127.0.0.1:" + httpPort);
        int smtpPort = Integer.getInteger("crm.smtp.port", 13025);
        int imapPort = Integer.getInteger("crm.imap.port", 13143);
        DemoMailbox mailbox = DemoMailbox.start(smtpPort, imapPort, work.resolve("mail"));
        HostConfigs.mail(hostDir.resolve("deploy"), smtpPort, "crm@hanbit-demo.co.kr", "한빛정밀 고객지원");
        HostProcess host = HostProcess.start(hostJar, hostDir, true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(host, db);
            mailbox.close();
        }, "crm-demo-stop"));

        String base = "http://127.0.0.1:" + httpPort;
        // up means: the CRM says it is ready, and the customer resource answers for a demo user (the data is in)
        var waiting = host.awaitReady(base, "admin:" + DEMO_PASSWORD);
        if (waiting.isPresent()) {
            System.err.println("The CRM did not become ready; it says: " + waiting.get());
        } else if (host.awaitUp(base + "/api/v1/customers", "rep.kim:" + DEMO_PASSWORD)) {
            String key = demoCustomerKey(base);
            String tab = "/crm/tab.html?customer=" + key + "&lang=ko";
            System.out.println();
            System.out.println("CRM host is up.");
            System.out.println("  CRM tab:      " + base + tab + "   ((주)한빛정밀; sign in as rep.kim)");
            System.out.println("  By ERP order: " + base + "/crm/tab.html?source=erp&orderNo=D-co1-1");
            System.out.println("  Rep's tasks:  " + base + "/crm/tasks.html?range=week");
            System.out.println("  As the host:  " + base + "/api/v1/session/host?token="
                    + HostToken.sign(hostSecret, "rep.kim", "김영업", "crm.rep", 120) + "&next="
                    + URLEncoder.encode(tab, StandardCharsets.UTF_8) + "   (a signed host token, valid 2 minutes)");
            System.out.println("  Service portal (customers, no login): " + base + "/portal/index.html");
            System.out.println("  Campaigns:    " + base + "/crm/campaigns.html");
            System.out.println("  Mail sent:    " + work.resolve("mail") + "/*.eml, or IMAP 127.0.0.1:" + imapPort
                    + " (user and password: the recipient's address); admins: " + base + "/api/v1/mail/outbox");
            System.out.println("  REST API:     " + base + "/api/v1/customers");
            System.out.println("  Readiness:    " + base
                    + "/crm/ready  (for a load balancer, no login; an admin sees what it waits for)");
            System.out.println("  OpenAPI:      " + base + "/api/openapi.json");
            System.out.println("  Web console:  " + base + "/system/console  (admin / " + DEMO_PASSWORD + ")");
            System.out.println("  Demo users:   admin, rep.kim, viewer — password " + DEMO_PASSWORD);
            System.out.println("  Try:          curl -u rep.kim:" + DEMO_PASSWORD + " '" + base + "/api/v1/customers?q=한빛'");
            System.out.println("Press Ctrl-C to stop the host and the database.");
        } else {
            System.err.println("The host did not answer at " + base + "; see its log above.");
        }
        System.exit(host.waitFor());
    }

    /** The demo's secrets stay in the work folder, so sessions survive a restart of the demo. */
    static String secret(Path file) throws java.io.IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        String secret = HostToken.newSecret();
        Files.createDirectories(file.getParent());
        Files.writeString(file, secret);
        return secret;
    }

    /** The key of the demo account (주)한빛정밀, by its business registration number, once the demo data is in. */
    static String demoCustomerKey(String base) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/customers?brn=1234567891"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("rep.kim:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        HttpClient client = HttpClient.newHttpClient();
        // the demo users are saved before the customers: the host answers a little before the data is there
        for (int i = 0; i < 120; i++) {
            String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(500);
        }
        return "?";
    }

    private static void stop(HostProcess host, PrivateMariaDb db) {
        try {
            host.close();
            db.close();
        } catch (Exception e) {
            System.err.println("Stopping: " + e);
        }
    }
}
