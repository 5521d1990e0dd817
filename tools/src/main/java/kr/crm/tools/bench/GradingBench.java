package kr.crm.tools.bench;

import static kr.crm.tools.bench.BenchSupport.call;
import static kr.crm.tools.bench.BenchSupport.count;
import static kr.crm.tools.bench.BenchSupport.deleteTree;
import static kr.crm.tools.bench.BenchSupport.gc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import kr.crm.tools.HostConfigs;
import kr.crm.tools.HostProcess;
import kr.crm.tools.PrivateMariaDb;

/**
 * Account grading over 100,000 accounts and 2,000,000 orders, through the running host: a private
 * MariaDB 11.4 gets the schema from the host's own migrations, the accounts and orders
 * ({@link GradingMaster}) are loaded straight into it (not timed), and the host is started again
 * with a bounded heap and GC logging. Timed, each through REST:
 * <ol>
 * <li>the first full re-grade ({@code POST /api/v1/grading/run}: every account gets its first grade
 * and history entry), then how long the task rules take to plan the tasks those changes ask for;</li>
 * <li>a full re-grade with nothing changed;</li>
 * <li>a full re-grade after a new policy version that moves accounts between grades;</li>
 * <li>incremental: for 200 accounts, one new order ({@code POST /api/v1/orders}) and then
 * {@code POST /api/v1/accounts/{key}/grade/run} (what an arriving order triggers), the server's
 * time and the round trip.</li>
 * </ol>
 * Arguments: accounts (default 100000), orders (default 2000000), {@code --heap=512m},
 * {@code --reuse}. Run: see docs/benchmarks.md.
 */
public final class GradingBench {
    private static final String PASSWORD = "bench-pass-2026";
    private static final String DATABASE = "crm_grading";
    private static final List<String> SERVER = List.of("--innodb-buffer-pool-size=2G",
            "--innodb-log-file-size=1G", "--max-allowed-packet=64M");
    private static final ObjectMapper JSON = new ObjectMapper();

    private GradingBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs parsed = BenchArgs.parse(args, 100_000, 2_000_000, "512m");
        int accounts = parsed.customers();
        long orders = parsed.orders();
        String heap = parsed.heap();
        boolean reuse = parsed.reuse();
        Path work = Path.of("work", "bench-grading").toAbsolutePath();
        Path saved = work.resolve("loaded-" + accounts + "-" + orders);
        Path host = work.resolve("host");
        Path jar = Path.of(System.getProperty("crm.host.jar", "cnf/target/host.jar"));
        int dbPort = 13331;
        int httpPort = 8098;
        deleteTree(host);
        HostConfigs.write(host.resolve("deploy"), DATABASE, dbPort, httpPort, PASSWORD, PASSWORD);
        // no scheduled re-grade or order-driven re-grade: the benchmark starts each run itself
        HostConfigs.config(host.resolve("deploy"), "kr.crm.grading", "intervalMinutes=I\"0\"\nonOrders=B\"false\"\n");
        String api = "http://127.0.0.1:" + httpPort + "/api/v1/";

        BenchDatabase database = new BenchDatabase(work, saved, dbPort, SERVER, DATABASE, PASSWORD);
        GradingMaster master = new GradingMaster(accounts, orders, 42, Instant.now(), work);
        database.prepare(reuse, jar, host, api + "customers", master::load,
                List.of("customer", "customer_identity", "sales_order"));

        try (PrivateMariaDb server = database.start()) {
            deleteTree(host.resolve("felix-cache"));
            Path gcLog = host.resolve("gc.log");
            Files.deleteIfExists(gcLog);
            try (HostProcess process = HostProcess.start(jar, host, false,
                    List.of("-Xmx" + heap, "-Xlog:gc:file=" + gcLog + ":uptime"))) {
                if (!process.awaitUp(api + "customers", "rep.kim:" + PASSWORD)) {
                    throw new IllegalStateException("host did not come up; see " + host.resolve("host.log"));
                }
                Instant jvmStart = process.handle().info().startInstant().orElseThrow();
                try (Connection c = database.connect(); Statement s = c.createStatement()) {
                    System.out.printf("accounts %,d, orders %,d (host -Xmx%s)%n",
                            count(s, "SELECT COUNT(*) FROM customer WHERE kind = 'COMPANY'"),
                            count(s, "SELECT COUNT(*) FROM sales_order"), heap);
                    warm(s);
                    startFromNoGrades(s);
                    full("first full re-grade (every account graded for the first time)", api, jvmStart, gcLog);
                    tasksSettle(s);
                    full("full re-grade, nothing changed", api, jvmStart, gcLog);
                    raiseA(api);
                    full("full re-grade after a new policy (A needs 150,000,000 KRW)", api, jvmStart, gcLog);
                    tasksSettle(s);
                    incremental(api, accounts);
                    System.out.println("grades: " + grades(s));
                }
            }
        }
    }

    /** Reads the orders once, as a server up for a while has them in its buffer pool. */
    private static void warm(Statement s) throws Exception {
        long started = System.nanoTime();
        count(s, "SELECT SUM(total_amount) FROM sales_order");
        count(s, "SELECT COUNT(*) FROM customer");
        System.out.printf("buffer pool warmed in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * The demo loader (which makes the bench's users) re-grades its accounts at start, and without
     * RFM cut points that is a full run under the lease: waits for it and its tasks, then removes
     * every grade, history row, cut point and task, so that the first timed run grades every
     * account for the first time, as on a fresh install.
     */
    private static void startFromNoGrades(Statement s) throws Exception {
        long started = System.nanoTime();
        while (count(s, "SELECT COUNT(*) FROM crm_lease WHERE name = 'regrade' AND expires_at > NOW(3)") > 0) {
            if (System.nanoTime() - started > 600_000_000_000L) {
                throw new IllegalStateException("the regrade lease was held for 10 minutes");
            }
            Thread.sleep(250);
        }
        System.out.printf("start-up re-grade of the demo loader finished after %.1f s%n",
                (System.nanoTime() - started) / 1e9);
        tasksSettle(s);
        for (String table : List.of("task", "grade_history", "account_grade", "grading_rfm_cut")) {
            s.execute("DELETE FROM " + table);
        }
    }

    private static void full(String what, String api, Instant jvmStart, Path gcLog) throws Exception {
        Instant from = Instant.now();
        long started = System.nanoTime();
        HttpResponse<String> r = call("POST", api + "grading/run", "admin:" + PASSWORD, null);
        double seconds = (System.nanoTime() - started) / 1e9;
        Instant to = Instant.now();
        if (r.statusCode() != 200) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
        System.out.printf("%s: %s, %.2f s round trip%n  %s%n", what, r.body(), seconds,
                gc(gcLog, Duration.between(jvmStart, from).toMillis() / 1000.0,
                        Duration.between(jvmStart, to).toMillis() / 1000.0));
    }

    /** Waits until the task rules have planned what the grade changes asked for. */
    private static void tasksSettle(Statement s) throws Exception {
        long started = System.nanoTime();
        long last = -1;
        long open = count(s, "SELECT COUNT(*) FROM task");
        while (open != last) {
            last = open;
            Thread.sleep(3000);
            open = count(s, "SELECT COUNT(*) FROM task");
        }
        System.out.printf("  tasks: %,d in the table (%,d open), settled after %.0f s (3 s without a new one)%n",
                open, count(s, "SELECT COUNT(*) FROM task WHERE status = 'OPEN'"), (System.nanoTime() - started) / 1e9);
    }

    private static void raiseA(String api) throws Exception {
        JsonNode policy = JSON.readTree(call("GET", api + "grading/policy", "admin:" + PASSWORD, null).body());
        ObjectNode draft = policy.deepCopy();
        for (JsonNode band : (ArrayNode) draft.get("bands")) {
            if (band.get("grade").asText().equals("A")) {
                ((ObjectNode) band).put("minRevenue", 150_000_000);
            }
        }
        HttpResponse<String> r = call("PUT", api + "grading/policy", "admin:" + PASSWORD, draft.toString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("policy: " + r.statusCode() + " " + r.body());
        }
    }

    /**
     * One order for each of 200 accounts, then that account's re-grade, as an arriving order
     * triggers it; with an API token, as a program calls the API.
     */
    private static void incremental(String api, int accounts) throws Exception {
        String token = "Bearer " + JSON.readTree(call("POST", api + "users/rep.kim/tokens", "admin:" + PASSWORD,
                "{\"label\":\"bench\"}").body()).path("token").asText();
        SplittableRandom random = new SplittableRandom(5);
        List<Long> server = new ArrayList<>();
        List<Long> roundTrip = new ArrayList<>();
        int changed = 0;
        for (int i = 0; i < 200; i++) {
            int account = random.nextInt(accounts);
            String order = """
                    {"source":"erp","orderNo":"INC-%d","orderedAt":"%s","totalAmount":%d,
                     "buyer":{"kind":"COMPANY","name":"벤치상사 %d","hostCustomerNo":"%s"}}"""
                    .formatted(i, OffsetDateTime.now(ZoneOffset.ofHours(9)).withNano(0), 40_000_000, account,
                            GradingMaster.hostNo(account));
            HttpResponse<String> o = call("POST", api + "orders", token, order);
            if (o.statusCode() / 100 != 2) {
                throw new IllegalStateException("order: " + o.statusCode() + " " + o.body());
            }
            String key = JSON.readTree(o.body()).path("customerKey").asText();
            long started = System.nanoTime();
            HttpResponse<String> r = call("POST", api + "accounts/" + key + "/grade/run", token, null);
            long micros = (System.nanoTime() - started) / 1000;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("regrade " + key + ": " + r.statusCode() + " " + r.body());
            }
            JsonNode result = JSON.readTree(r.body());
            if (i >= 20) { // the first ones warm the JIT
                server.add(result.get("millis").asLong());
                roundTrip.add(micros);
            }
            changed += result.get("changed").asInt();
        }
        Collections.sort(server);
        Collections.sort(roundTrip);
        System.out.printf("incremental re-grade after one order, %d runs (%d changed a grade): server median %d ms, "
                + "p95 %d ms, max %d ms; round trip median %.1f ms, p95 %.1f ms%n", server.size(), changed,
                server.get(server.size() / 2), server.get(server.size() * 95 / 100), server.get(server.size() - 1),
                roundTrip.get(roundTrip.size() / 2) / 1000.0, roundTrip.get(roundTrip.size() * 95 / 100) / 1000.0);
    }

    private static String grades(Statement s) throws Exception {
        StringBuilder b = new StringBuilder();
        try (var r = s.executeQuery("SELECT grade, COUNT(*) FROM account_grade GROUP BY grade ORDER BY grade")) {
            while (r.next()) {
                b.append(r.getString(1)).append('=').append(r.getLong(2)).append(' ');
            }
        }
        return b.toString().strip();
    }
}
