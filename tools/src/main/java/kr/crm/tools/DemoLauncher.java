package kr.crm.tools;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

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
        Path hostJar = Path.of(System.getProperty("crm.host.jar", "cnf/target/host.jar")).toAbsolutePath();

        System.out.println("Starting MariaDB 11.4 on 127.0.0.1:" + dbPort + " (data in " + work.resolve("mariadb") + ")");
        PrivateMariaDb db = PrivateMariaDb.start(work.resolve("mariadb"), dbPort);
        db.ensureDatabase("crm", "crm", DB_PASSWORD);

        Path hostDir = work.resolve("host");
        HostConfigs.write(hostDir.resolve("deploy"), dbPort, httpPort, DB_PASSWORD, DEMO_PASSWORD);
        Process host = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the JAX-RS API bundle embeds a jar whose zip extra fields JDK 17.0.15 rejects
                "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
                "-jar", hostJar.toString())
                .directory(hostDir.toFile())
                .inheritIO()
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(host, db), "crm-demo-stop"));

        String base = "http://127.0.0.1:" + httpPort;
        // up means: the customer resource answers and the demo users are loaded
        if (waitUntilUp(base + "/api/v1/customers", "rep.kim:" + DEMO_PASSWORD, host)) {
            System.out.println();
            System.out.println("CRM host is up.");
            System.out.println("  REST API:     " + base + "/api/v1/customers");
            System.out.println("  OpenAPI:      " + base + "/api/openapi.json");
            System.out.println("  Web console:  " + base + "/system/console  (admin / " + DEMO_PASSWORD + ")");
            System.out.println("  Demo users:   admin, rep.kim, viewer — password " + DEMO_PASSWORD);
            System.out.println("  Try:          curl -u rep.kim:" + DEMO_PASSWORD + " '" + base + "/api/v1/customers?q=한빛'");
            System.out.println("Press Ctrl-C to stop the host and the database.");
        }
        int exit = host.waitFor();
        System.exit(exit);
    }

    private static boolean waitUntilUp(String url, String credentials, Process host) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 240 && host.isAlive(); i++) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        System.err.println("The host did not answer at " + url + "; see its log above.");
        return false;
    }

    private static void stop(Process host, PrivateMariaDb db) {
        try {
            host.destroy();
            if (!host.waitFor(30, TimeUnit.SECONDS)) {
                host.destroyForcibly();
            }
            db.close();
        } catch (Exception e) {
            System.err.println("Stopping: " + e);
        }
    }
}
