package kr.crm.tools.bench;

import static kr.crm.tools.bench.BenchSupport.call;
import static kr.crm.tools.bench.BenchSupport.count;
import static kr.crm.tools.bench.BenchSupport.deleteTree;
import static kr.crm.tools.bench.BenchSupport.gc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Customer analytics over 200,000 customers and 2,000,000 orders, through the running host, on the
 * data set of {@link GradingBench} ({@link GradingMaster}: three years of skewed orders, a tenth of
 * the customers without any, a tenth lapsed; loaded straight into a private MariaDB 11.4, not timed).
 * The host runs with a bounded heap, GC logging, and no schedules or order-driven recomputes of its
 * own. Timed, each through REST:
 * <ol>
 * <li>the first full recompute ({@code POST /api/v1/analytics/recompute}: every row written);</li>
 * <li>a full recompute with nothing changed (the steady state of the hourly schedule);</li>
 * <li>incremental: for 200 customers, one new order ({@code POST /api/v1/orders}) and then
 * {@code POST /api/v1/analytics/customers/{key}/recompute} (what the order event triggers): the
 * server's time and the round trip;</li>
 * <li>segment size previews over all customers ({@code POST /api/v1/segments/preview}), three rule
 * sets, round trip.</li>
 * </ol>
 * Arguments: customers (default 200000), orders (default 2000000), {@code --heap=768m}, {@code --reuse}.
 */
public final class AnalyticsBench {
    private static final String PASSWORD = "bench-pass-2026";
    private static final String DATABASE = "crm_analytics";
    private static final List<String> SERVER = List.of("--innodb-buffer-pool-size=2G",
            "--innodb-log-file-size=1G", "--max-allowed-packet=64M");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RULES = List.of(
            "[{\"field\":\"R\",\"op\":\"<=\",\"value\":\"2\"},{\"field\":\"ltv\",\"op\":\">=\",\"value\":\"1000000\"}]",
            "[{\"field\":\"quadrant\",\"op\":\"in\",\"values\":[\"RETAIN\",\"CONVERT\"]},"
                    + "{\"field\":\"ownerRep\",\"op\":\"=\",\"value\":\"rep.07\"}]",
            "[{\"field\":\"grade\",\"op\":\"in\",\"values\":[\"A\",\"B\"]},{\"field\":\"R\",\"op\":\"<=\",\"value\":\"2\"},"
                    + "{\"field\":\"F\",\"op\":\">=\",\"value\":\"3\"}]");

    private AnalyticsBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs parsed = BenchArgs.parse(args, 200_000, 2_000_000, "768m");
        int customers = parsed.customers();
        long orders = parsed.orders();
        String heap = parsed.heap();
        boolean reuse = parsed.reuse();
        Path work = Path.of("work", "bench-analytics").toAbsolutePath();
        Path saved = work.resolve("loaded-" + customers + "-" + orders);
        Path host = work.resolve("host");
        Path jar = Path.of(System.getProperty("crm.host.jar", "cnf/target/host.jar"));
        // free ports of their own: other benchmarks (CompactionBench: 8097) may run on the machine at the same time
        int dbPort = freePort();
        int httpPort = freePort();
        deleteTree(host);
        HostConfigs.write(host.resolve("deploy"), DATABASE, dbPort, httpPort, PASSWORD, PASSWORD);
        HostConfigs.config(host.resolve("deploy"), "kr.crm.analytics", "intervalMinutes=I\"0\"\nonOrders=B\"false\"\n");
        HostConfigs.config(host.resolve("deploy"), "kr.crm.grading", "intervalMinutes=I\"0\"\nonOrders=B\"false\"\n");
        String api = "http://127.0.0.1:" + httpPort + "/api/v1/";

        BenchDatabase database = new BenchDatabase(work, saved, dbPort, SERVER, DATABASE, PASSWORD);
        GradingMaster master = new GradingMaster(customers, orders, 42, Instant.now(), work);
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
                    System.out.printf("customers %,d, orders %,d (host -Xmx%s)%n",
                            count(s, "SELECT COUNT(*) FROM customer"), count(s, "SELECT COUNT(*) FROM sales_order"),
                            heap);
                    count(s, "SELECT SUM(total_amount) FROM sales_order");
                    // the demo loader recomputes once at start: wait until that run is over
                    while (!JSON.readTree(call("POST", api + "analytics/recompute", "admin:" + PASSWORD, null).body())
                            .path("ran").asBoolean()) {
                        Thread.sleep(1000);
                    }
                    settle(s);
                    s.execute("DELETE FROM customer_measure");
                    full("first full recompute (every row written)", api, jvmStart, gcLog);
                    full("full recompute, nothing changed", api, jvmStart, gcLog);
                    full("full recompute, nothing changed (again)", api, jvmStart, gcLog);
                    call("POST", api + "grading/run", "admin:" + PASSWORD, null);
                    incremental(api, customers);
                    previews(api);
                    System.out.println("rows: " + count(s, "SELECT COUNT(*) FROM customer_measure"));
                }
            }
        }
    }

    /**
     * Waits until the host is idle: the demo loader grades every account once at start (the saved
     * database has no grades), and the task rules plan tasks for those changes.
     */
    private static void settle(Statement s) throws Exception {
        long started = System.nanoTime();
        long last = -1;
        long now = count(s, "SELECT COUNT(*) FROM task");
        while (now != last) {
            last = now;
            Thread.sleep(5000);
            now = count(s, "SELECT COUNT(*) FROM task");
        }
        System.out.printf("host idle after %.0f s (%,d tasks planned by the start's first grading)%n",
                (System.nanoTime() - started) / 1e9, now);
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void full(String what, String api, Instant jvmStart, Path gcLog) throws Exception {
        Instant from = Instant.now();
        long started = System.nanoTime();
        HttpResponse<String> r = call("POST", api + "analytics/recompute", "admin:" + PASSWORD, null);
        double seconds = (System.nanoTime() - started) / 1e9;
        Instant to = Instant.now();
        if (r.statusCode() != 200) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
        System.out.printf("%s: %s, %.2f s round trip%n  %s%n", what, r.body(), seconds,
                gc(gcLog, Duration.between(jvmStart, from).toMillis() / 1000.0,
                        Duration.between(jvmStart, to).toMillis() / 1000.0));
    }

    /**
     * One order for each of 200 customers, then that customer's recompute, as the order event triggers it. As the
     * admin: the bench's accounts belong to reps of their own, which rep.kim does not see (decision 190).
     */
    private static void incremental(String api, int customers) throws Exception {
        String token = "Bearer " + JSON.readTree(call("POST", api + "users/admin/tokens", "admin:" + PASSWORD,
                "{\"label\":\"bench\"}").body()).path("token").asText();
        SplittableRandom random = new SplittableRandom(7);
        List<Long> server = new ArrayList<>();
        List<Long> roundTrip = new ArrayList<>();
        int changed = 0;
        for (int i = 0; i < 200; i++) {
            int customer = random.nextInt(customers);
            String order = """
                    {"source":"erp","orderNo":"AINC-%d","orderedAt":"%s","totalAmount":%d,
                     "buyer":{"kind":"COMPANY","name":"벤치상사 %d","hostCustomerNo":"%s"}}"""
                    .formatted(i, OffsetDateTime.now(ZoneOffset.ofHours(9)).withNano(0), 3_000_000, customer,
                            GradingMaster.hostNo(customer));
            HttpResponse<String> o = call("POST", api + "orders", token, order);
            if (o.statusCode() / 100 != 2) {
                throw new IllegalStateException("order: " + o.statusCode() + " " + o.body());
            }
            String key = JSON.readTree(o.body()).path("customerKey").asText();
            long started = System.nanoTime();
            HttpResponse<String> r = call("POST", api + "analytics/customers/" + key + "/recompute", token, null);
            long micros = (System.nanoTime() - started) / 1000;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("recompute " + key + ": " + r.statusCode() + " " + r.body());
            }
            JsonNode result = JSON.readTree(r.body());
            if (result.path("full").asBoolean()) {
                throw new IllegalStateException("an incremental recompute ran in full: " + r.body());
            }
            if (i >= 20) { // the first ones warm the JIT
                server.add(result.get("millis").asLong());
                roundTrip.add(micros);
            }
            changed += result.get("changed").asInt();
        }
        Collections.sort(server);
        Collections.sort(roundTrip);
        System.out.printf("incremental recompute after one order, %d runs (%d changed measures): server median %d ms, "
                + "p95 %d ms, max %d ms; round trip median %.1f ms, p95 %.1f ms%n", server.size(), changed,
                server.get(server.size() / 2), server.get(server.size() * 95 / 100), server.get(server.size() - 1),
                roundTrip.get(roundTrip.size() / 2) / 1000.0, roundTrip.get(roundTrip.size() * 95 / 100) / 1000.0);
    }

    private static void previews(String api) throws Exception {
        for (String rules : RULES) {
            List<Long> times = new ArrayList<>();
            String size = "";
            for (int i = 0; i < 12; i++) {
                long started = System.nanoTime();
                HttpResponse<String> r = call("POST", api + "segments/preview", "admin:" + PASSWORD,
                        "{\"conditions\":" + rules + "}");
                long micros = (System.nanoTime() - started) / 1000;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("preview: " + r.statusCode() + " " + r.body());
                }
                size = JSON.readTree(r.body()).path("size").asText();
                if (i >= 2) {
                    times.add(micros);
                }
            }
            Collections.sort(times);
            System.out.printf("segment preview %s: size %s, round trip median %.1f ms, max %.1f ms%n", rules, size,
                    times.get(times.size() / 2) / 1000.0, times.get(times.size() - 1) / 1000.0);
        }
    }
}
