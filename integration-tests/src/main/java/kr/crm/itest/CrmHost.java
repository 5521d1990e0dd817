package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.UserDirectory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The host under test, set up once per test run: a fresh schema in the MariaDB the build
 * started, the data source configured through ConfigAdmin as an admin would, test users in the
 * standalone directory, and an HTTP client speaking to the REST API on its real port.
 */
final class CrmHost {
    static final String PASSWORD = "it-pass-2026";
    static final String ADMIN = "it.admin";
    static final String REP = "it.rep";
    static final String OTHER_REP = "it.rep2";
    static final String VIEWER = "it.viewer";
    static final String DATABASE = "crm_it";
    static final String SESSION_SECRET = "it-session-secret-0123456789-abcdefghij";
    static final String HOST_SECRET = "it-host-secret-0123456789-abcdefghijklmn";
    static final String PORTAL_SECRET = "it-portal-secret-0123456789-abcdefghijk";
    static final int PORTAL_PER_HOUR = 12;
    /** The tests' own address, configured as a reverse proxy so that they may send X-Forwarded-For. */
    static final String TRUSTED_PROXY = "127.0.0.1";

    /** This run's copies of the access log's head (the schema is fresh each run, so are they). */
    static final Path ANCHORS = tempDirectory("crm-it-anchors");
    /** This node's access-log journal (decision 259): entries are flushed here and copied into MariaDB behind. */
    static final Path JOURNAL = tempDirectory("crm-it-access-journal");
    private static CrmHost instance;

    final BundleContext context;
    final String base;
    final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CrmHost(BundleContext context, String base) {
        this.context = context;
        this.base = base;
    }

    static synchronized CrmHost get() throws Exception {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static CrmHost start() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(CrmHost.class).getBundleContext();
        int dbPort = Integer.parseInt(context.getProperty("crm.it.db.port"));
        freshSchema(dbPort);

        ConfigurationAdmin configAdmin = service(context, ConfigurationAdmin.class);
        Configuration config = configAdmin.getConfiguration("kr.crm.persistence.datasource", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("host", "127.0.0.1");
        props.put("port", dbPort);
        props.put("database", DATABASE);
        props.put("user", "root");
        props.put("password", "");
        props.put("poolSize", 4);
        config.update(props);

        Configuration web = configAdmin.getConfiguration("kr.crm.security.web", "?");
        Hashtable<String, Object> webProps = new Hashtable<>();
        webProps.put("sessionSecret", SESSION_SECRET);
        webProps.put("hostSecret", HOST_SECRET);
        web.update(webProps);

        Configuration portal = configAdmin.getConfiguration("kr.crm.service.portal", "?");
        Hashtable<String, Object> portalProps = new Hashtable<>();
        portalProps.put("tokenSecret", PORTAL_SECRET);
        portalProps.put("submissionsPerHour", PORTAL_PER_HOUR);
        portalProps.put("trustedProxies", new String[] {TRUSTED_PROXY});
        portal.update(portalProps);

        Configuration audit = configAdmin.getConfiguration("kr.crm.audit", "?");
        Hashtable<String, Object> auditProps = new Hashtable<>();
        auditProps.put("anchorDirectory", ANCHORS.toString());
        auditProps.put("journalDirectory", JOURNAL.toString());
        audit.update(auditProps);
        awaitComponent(context, "kr.crm.audit.internal.AccessLogAnchors", "(anchorDirectory=" + ANCHORS + ")");
        awaitComponent(context, "kr.crm.audit.internal.DefaultAccessLog", "(journalDirectory=" + JOURNAL + ")");

        // the purge tests count what their run destroys: no scheduled run (five minutes after start) between
        Configuration retention = configAdmin.getConfiguration("kr.crm.privacy.retention", "?");
        retention.update(new Hashtable<>(Map.of("intervalHours", 0)));
        awaitComponent(context, "kr.crm.privacy.internal.PurgeJob", "(intervalHours=0)");

        UserDirectory users = service(context, UserDirectory.class);
        users.saveUser(ADMIN, "관리자", Set.of(CrmRoles.ADMIN), PASSWORD.toCharArray());
        users.saveUser(REP, "김영업", Set.of(CrmRoles.REP), PASSWORD.toCharArray());
        users.saveUser(OTHER_REP, "이영업", Set.of(CrmRoles.REP), PASSWORD.toCharArray());
        users.saveUser(VIEWER, "조회자", Set.of(CrmRoles.VIEWER), PASSWORD.toCharArray());

        CrmHost host = new CrmHost(context,
                "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port") + "/api/");
        host.awaitStatus("GET", "v1/customers", REP, 200);
        host.awaitReadiness(200);
        return host;
    }

    /** The schema starts empty in every run: the build's MariaDB keeps its data folder. */
    private static void freshSchema(int port) throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", "root");
        credentials.setProperty("password", "");
        try (Connection c = new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://127.0.0.1:" + port + "/", credentials);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** Waits until the component is registered with properties that match {@code filter} (its new configuration). */
    private static void awaitComponent(BundleContext context, String name, String filter) throws Exception {
        ServiceTracker<?, ?> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(component.name=" + name + ")" + filter + ")"), null);
        tracker.open();
        try {
            assertThat(tracker.waitForService(TimeUnit.SECONDS.toMillis(30)))
                    .as("%s with %s; SCR says %s", name, filter, ComponentStates.describe(context, name)).isNotNull();
        } finally {
            tracker.close();
        }
    }

    private static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDBC connection to the schema under test, for checks a user cannot make over HTTP. */
    static Connection jdbc() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(CrmHost.class).getBundleContext();
        Properties credentials = new Properties();
        credentials.setProperty("user", "root");
        credentials.setProperty("password", "");
        return new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://127.0.0.1:"
                + context.getProperty("crm.it.db.port") + "/" + DATABASE, credentials);
    }

    /**
     * Has the node copy what its access-log journal holds into MariaDB, as every read of the log through the CRM does
     * first; for the tests that look at the table itself.
     */
    static void accessLogCopied() throws Exception {
        service(FrameworkUtil.getBundle(CrmHost.class).getBundleContext(), kr.crm.api.audit.AccessLog.class)
                .recent(1);
    }

    static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
        assertThat(service).as("service %s", type.getSimpleName()).isNotNull();
        return service;
    }

    /** The installed bundle with this symbolic name, e.g. to stop and start it in a test. */
    Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    HttpResponse<String> call(String method, String path, String user, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Kills the pool connections of the host under test (not this test's own). */
    static int killHostConnections() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = jdbc(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM information_schema.processlist "
                        + "WHERE db = DATABASE() AND id <> CONNECTION_ID() AND command <> 'Daemon'")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
            for (long id : ids) {
                try {
                    s.execute("KILL " + id);
                } catch (java.sql.SQLException gone) {
                    // ended by itself meanwhile
                }
            }
        }
        return ids.size();
    }

    /** The Basic credentials of a test user. */
    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Posts raw bytes, e.g. a channel's file in its own encoding; {@code headers} are name, value pairs. */
    HttpResponse<String> upload(String path, String user, byte[] body, String contentType, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Authorization", basic(user))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request whose answer may never arrive; see {@link #tooLarge}. */
    interface Send {
        HttpResponse<String> send() throws Exception;
    }

    /**
     * Sends a body too large to be read and checks the refusal: 413, or no answer at all when the server refused
     * before reading and closed the connection while the client was still sending (which of the two depends on
     * timing). The caller checks that nothing was stored.
     *
     * @return the 413 answer, or null if the connection was closed first
     */
    static HttpResponse<String> tooLarge(Send request) throws Exception {
        try {
            HttpResponse<String> r = request.send();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            return r;
        } catch (IOException closed) {
            return null;
        }
    }

    JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    /** Waits until the endpoint answers with the status, e.g. after a bundle restart. */
    HttpResponse<String> awaitStatus(String method, String path, String user, int status) throws Exception {
        HttpResponse<String> last = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                last = call(method, path, user, null);
                if (last.statusCode() == status) {
                    return last;
                }
            } catch (java.io.IOException e) {
                // HTTP server or resource not there yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new AssertionError("no " + status + " from " + method + " " + path + " in time; last "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    /** {@code GET /crm/ready} as the user (null: no login), who sees what it waits for if an admin. */
    HttpResponse<String> ready(String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.replace("/api/", "/crm/ready")))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Waits until the readiness answers an admin with the status; 200 before the first test: none starts on a
     * half-up node.
     */
    HttpResponse<String> awaitReadiness(int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        HttpResponse<String> last = ready(ADMIN);
        while (last.statusCode() != status && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            last = ready(ADMIN);
        }
        assertThat(last.statusCode()).as("the CRM's readiness: %s", last.body()).isEqualTo(status);
        return last;
    }

    static String escape(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
