package kr.crm.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.crm.tools.HostConfigs;
import kr.crm.tools.HostProcess;
import kr.crm.tools.HostToken;
import kr.crm.tools.PrivateMariaDb;

/**
 * The built host jar with the demo data on a private MariaDB, as {@code bin/run-demo} starts it, on free ports, in
 * {@code target/work}. One per test run; stopped by a shutdown hook.
 */
final class DemoHost {
    static final String PASSWORD = "demo-pass-2026";
    private static DemoHost instance;

    final String base;
    final String hostSecret = HostToken.newSecret();
    final Path work;
    private final HttpClient http = HttpClient.newHttpClient();

    private DemoHost(String base, Path work) {
        this.base = base;
        this.work = work;
    }

    static synchronized DemoHost get() throws Exception {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static DemoHost start() throws Exception {
        Path work = Path.of(System.getProperty("crm.work", "target/work")).toAbsolutePath();
        int dbPort = freePort();
        int httpPort = freePort();
        PrivateMariaDb db = PrivateMariaDb.start(work.resolve("mariadb"), dbPort);
        db.ensureDatabase("crm_browser", "crm", "browser-db-pass");
        try (var c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/crm_browser",
                "crm", "browser-db-pass"); var s = c.createStatement()) {
            // every run starts from the demo data alone
            s.execute("DROP DATABASE crm_browser");
            s.execute("CREATE DATABASE crm_browser CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Path hostDir = work.resolve("host");
        Files.createDirectories(hostDir);
        DemoHost demo = new DemoHost("http://127.0.0.1:" + httpPort, work);
        HostConfigs.write(hostDir.resolve("deploy"), "crm_browser", dbPort, httpPort, "browser-db-pass", PASSWORD);
        HostConfigs.webSessions(hostDir.resolve("deploy"), HostToken.newSecret(), demo.hostSecret);
        HostConfigs.portal(hostDir.resolve("deploy"), HostToken.newSecret(), demo.base);
        HostConfigs.campaigns(hostDir.resolve("deploy"), HostToken.newSecret(), demo.base);
        HostProcess host = HostProcess.start(Path.of(System.getProperty("crm.host.jar")), hostDir, false,
                List.of("-Xmx512m"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                host.close();
                db.close();
            } catch (Exception e) {
                System.err.println("stopping the demo host: " + e);
            }
        }));
        if (!host.awaitUp(demo.base + "/api/v1/customers", "rep.kim:" + PASSWORD)) {
            throw new IllegalStateException("host did not come up; see " + hostDir.resolve("host.log"));
        }
        return demo;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("rep.kim:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** A JSON call as rep.kim. @return the response body; fails unless the status is 2xx */
    String send(String method, String path, String json) throws Exception {
        return send("rep.kim", method, path, json);
    }

    /** A JSON call as a demo user. @return the response body; fails unless the status is 2xx */
    String send(String user, String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** The demo account (주)한빛정밀, once the task rules have planned its open tasks after its grade. */
    String hanbitKeyWithTasks() throws Exception {
        // the demo users come first, then the customers, their orders, grades and tasks: wait for them
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Pattern keyPattern = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");
        Matcher m = keyPattern.matcher(get("/api/v1/customers?brn=1234567891"));
        while (!m.find()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("demo account missing");
            }
            TimeUnit.MILLISECONDS.sleep(250);
            m = keyPattern.matcher(get("/api/v1/customers?brn=1234567891"));
        }
        String key = m.group(1);
        while (!get("/api/v1/tasks?account=" + key).contains("\"OPEN\"") && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
        }
        // its open complaint becomes a service request on the complaint bridge's own thread
        while (!get("/api/v1/service-requests?open=true&account=" + key).contains("11월 납품분")
                && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
        }
        // the demo's crowd of customers for the analytics page loads in the background: the pages are
        // timed on a host that has finished loading, as a demo is used
        Pattern population = Pattern.compile("\"population\"\\s*:\\s*(\\d+)");
        long crowdDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < crowdDeadline) {
            Matcher p = population.matcher(get("/api/v1/analytics/rfm-grid"));
            if (p.find() && Long.parseLong(p.group(1)) >= 100) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return key;
    }

    /** The URL a host ERP puts in its iframe for the demo's admin. */
    String adminEntry(String page) {
        return base + "/api/v1/session/host?token=" + HostToken.sign(hostSecret, "admin", "관리자", "crm.admin", 60)
                + "&next=" + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8);
    }

    /** The URL a host ERP puts in its iframe for rep.kim. */
    String hostEntry(String page) {
        return base + "/api/v1/session/host?token=" + HostToken.sign(hostSecret, "rep.kim", "김영업", "crm.rep", 60)
                + "&next=" + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8);
    }
}
