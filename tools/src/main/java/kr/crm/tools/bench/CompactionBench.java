package kr.crm.tools.bench;

import static kr.crm.tools.bench.BenchSupport.call;
import static kr.crm.tools.bench.BenchSupport.count;
import static kr.crm.tools.bench.BenchSupport.deleteTree;
import static kr.crm.tools.bench.BenchSupport.gc;
import static kr.crm.tools.bench.BenchSupport.jcmd;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.crm.tools.HostConfigs;
import kr.crm.tools.HostProcess;
import kr.crm.tools.PrivateMariaDb;

/**
 * Periodic compaction (정기압축) over a customer master of a million records, through the running
 * host: a private MariaDB 11.4 gets the schema from the host's own migrations, then the master
 * ({@link CompactionMaster}) is loaded straight into it (not timed); the host is started again
 * with a bounded heap and GC logging, {@code POST /api/v1/merges/compaction} is timed, and the
 * merges and queued pairs are checked against the generator's truth. Run: see docs/benchmarks.md.
 *
 * <p>Arguments: records (default 1000000), then options: {@code --heap=512m} (the host's -Xmx),
 * {@code --seed=42}, {@code --orders=2} (mean orders per customer), {@code --reuse} (start from the
 * database saved by an earlier run with the same arguments instead of loading again),
 * {@code --load-only}, {@code --statements} (the server's time per statement, performance schema),
 * {@code --migrate-first} (let the host migrate a saved database of an older
 * schema and restart before the timed run), {@code --merge-threads=N} (the compaction's merge
 * connections, PID {@code kr.crm.identity.compaction}; default as shipped). System property {@code crm.host.jar}.
 */
public final class CompactionBench {
    private static final String PASSWORD = "bench-pass-2026";
    private static final String DATABASE = "crm_bench";
    private static final List<String> SERVER = List.of(
            // a server for a million customers, not the 128 MB default; everything else as shipped
            "--innodb-buffer-pool-size=2G", "--innodb-log-file-size=1G", "--max-allowed-packet=64M");

    private CompactionBench() {
    }

    public static void main(String[] args) throws Exception {
        long records = 1_000_000;
        String heap = "512m";
        long seed = 42;
        double ordersPerCustomer = 2;
        boolean reuse = false;
        boolean loadOnly = false;
        boolean migrateFirst = false;
        boolean statements = false;
        int ordersDuring = 0;
        int mergeThreads = 0;
        for (String a : args) {
            if (a.startsWith("--heap=")) {
                heap = a.substring(7);
            } else if (a.startsWith("--seed=")) {
                seed = Long.parseLong(a.substring(7));
            } else if (a.startsWith("--orders=")) {
                ordersPerCustomer = Double.parseDouble(a.substring(9));
            } else if (a.equals("--reuse")) {
                reuse = true;
            } else if (a.startsWith("--orders-during=")) {
                ordersDuring = Integer.parseInt(a.substring(16));
            } else if (a.startsWith("--merge-threads=")) {
                mergeThreads = Integer.parseInt(a.substring(16));
            } else if (a.equals("--statements")) {
                statements = true;
            } else if (a.equals("--migrate-first")) {
                migrateFirst = true;
            } else if (a.equals("--load-only")) {
                loadOnly = true;
            } else {
                records = Long.parseLong(a.replace("_", ""));
            }
        }
        Path work = Path.of("work", "bench-compaction").toAbsolutePath();
        Path saved = work.resolve("loaded-" + records + "-" + seed + "-" + ordersPerCustomer);
        Path host = work.resolve("host");
        Path jar = Path.of(System.getProperty("crm.host.jar", "cnf/target/host.jar"));
        int dbPort = 13327;
        int httpPort = 8097;
        deleteTree(host);
        HostConfigs.write(host.resolve("deploy"), DATABASE, dbPort, httpPort, PASSWORD, PASSWORD);
        if (mergeThreads > 0) {
            HostConfigs.config(host.resolve("deploy"), "kr.crm.identity.compaction",
                    "mergeThreads=I\"" + mergeThreads + "\"\n");
        }
        String base = "http://127.0.0.1:" + httpPort + "/api/";

        List<String> serverOptions = new java.util.ArrayList<>(SERVER);
        if (statements) {
            serverOptions.add("--performance-schema=ON");
        }
        BenchDatabase database = new BenchDatabase(work, saved, dbPort, serverOptions, DATABASE, PASSWORD);
        CompactionMaster master = new CompactionMaster(records, seed, ordersPerCustomer, work);
        database.prepare(reuse, jar, host, base + "v1/customers", master::load,
                List.of("customer", "customer_identity", "sales_order", "bench_truth"));
        if (loadOnly) {
            return;
        }
        if (migrateFirst) {
            database.migrate(jar, host, base + "v1/customers");
        }

        try (PrivateMariaDb server = database.start()) {
            Facts before = facts(dbPort);
            System.out.println("before: " + before);
            deleteTree(host.resolve("felix-cache"));
            Path gcLog = host.resolve("gc.log");
            Files.deleteIfExists(gcLog);
            double seconds;
            String body;
            Instant jvmStart;
            String heapInfo;
            try (HostProcess process = HostProcess.start(jar, host, false,
                    List.of("-Xmx" + heap, "-Xlog:gc:file=" + gcLog + ":uptime"))) {
                if (!process.awaitUp(base + "v1/customers", "rep.kim:" + PASSWORD)) {
                    throw new IllegalStateException("host did not come up; see " + host.resolve("host.log"));
                }
                // the merge resource registers on its own, after the customer one; a busy machine showed the gap (404)
                if (!process.awaitUp(base + "v1/merges?customer=C0000000000", "admin:" + PASSWORD)) {
                    throw new IllegalStateException("merge resource did not come up; see " + host.resolve("host.log"));
                }
                jvmStart = process.handle().info().startInstant().orElseThrow();
                Arriving arriving = ordersDuring <= 0 ? null
                        : new Arriving(base, CompactionMaster.generator(records, seed), ordersDuring);
                long started = System.nanoTime();
                Instant from = Instant.now();
                if (arriving != null) {
                    arriving.start();
                }
                HttpResponse<String> r = call("POST", base + "v1/merges/compaction", "admin:" + PASSWORD, null);
                seconds = (System.nanoTime() - started) / 1e9;
                Instant to = Instant.now();
                if (arriving != null) {
                    System.out.println(arriving.stop());
                }
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("compaction: " + r.statusCode() + " " + r.body());
                }
                body = r.body();
                heapInfo = jcmd(process.handle().pid(), "GC.heap_info");
                System.out.printf("compaction: %s in %.1f s (host -Xmx%s)%n", body, seconds, heap);
                System.out.println(gc(gcLog, Duration.between(jvmStart, from).toMillis() / 1000.0,
                        Duration.between(jvmStart, to).toMillis() / 1000.0));
                System.out.println("heap after the run (jcmd GC.heap_info):\n" + heapInfo.strip());
            }
            System.out.println("after: " + facts(dbPort));
            if (statements) {
                statements(database.folder().resolve("mariadb.sock"));
            }
            truth(dbPort);
            if (ordersDuring > 0) {
                arrived(dbPort);
            }
        }
    }

    /** Where the server's time went, statement by statement (performance schema), for looking into a run. */
    private static void statements(Path socket) throws Exception {
        // as root over the server's socket: the CRM's user may not read the performance schema
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://localhost/" + DATABASE + "?localSocket="
                + socket, "root", null); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count_star, ROUND(sum_timer_wait / 1e12, 1), ROUND(sum_rows_examined / GREATEST(count_star, 1)), "
                        + "LEFT(REPLACE(digest_text, '\n', ' '), 160) FROM performance_schema.events_statements_summary_by_digest "
                        + "ORDER BY sum_timer_wait DESC LIMIT 15")) {
            System.out.println("statements by server time (count, seconds, rows examined each, statement):");
            while (r.next()) {
                System.out.printf("  %,10d %8.1f s %8d  %s%n", r.getLong(1), r.getDouble(2), r.getLong(3), r.getString(4));
            }
        }
    }

    /** Counts of the master, to say what the run looked at. */
    private record Facts(long customers, long live, long identityRows, long orders, long merges, long reviews) {
    }

    private static Facts facts(int port) throws Exception {
        try (Connection c = connect(port); Statement s = c.createStatement()) {
            return new Facts(count(s, "SELECT COUNT(*) FROM customer"),
                    count(s, "SELECT COUNT(*) FROM customer WHERE merged_into IS NULL"),
                    count(s, "SELECT COUNT(*) FROM customer_identity"), count(s, "SELECT COUNT(*) FROM sales_order"),
                    count(s, "SELECT COUNT(*) FROM customer_merge"), count(s, "SELECT COUNT(*) FROM match_review"));
        }
    }

    /** Merged and queued pairs against the generator's truth. */
    private static void truth(int port) throws Exception {
        try (Connection c = connect(port); Statement s = c.createStatement()) {
            long duplicates = count(s, "SELECT COUNT(*) - COUNT(DISTINCT true_id) FROM bench_truth "
                    + "WHERE role IN ('ORIGINAL', 'DUPLICATE')");
            Map<String, Long> merged = pairs(s, "SELECT ts.true_id, ts.role, tm.true_id, tm.role FROM customer_merge m "
                    + "JOIN bench_truth ts ON ts.customer_key = m.survivor_key "
                    + "JOIN bench_truth tm ON tm.customer_key = m.merged_key "
                    + "WHERE m.merged_by = 'compaction' AND m.undone_at IS NULL");
            Map<String, Long> queued = pairs(s, "SELECT tc.true_id, tc.role, tk.true_id, tk.role FROM match_review r "
                    + "JOIN bench_truth tc ON tc.customer_key = r.candidate_key "
                    + "JOIN bench_truth tk ON tk.customer_key = r.customer_key WHERE r.source = 'compaction'");
            long correct = merged.getOrDefault("same customer", 0L);
            long all = merged.values().stream().mapToLong(Long::longValue).sum();
            System.out.println("merged pairs by truth: " + merged);
            System.out.println("queued pairs by truth: " + queued);
            System.out.printf("duplicates in the master: %d; merged correctly: %d; precision %.4f, recall %.4f%n",
                    duplicates, correct, all == 0 ? 1.0 : (double) correct / all,
                    duplicates == 0 ? 1.0 : (double) correct / duplicates);
        }
    }

    /** Pairs grouped as "same customer" or by the look-alike role in them. */
    private static Map<String, Long> pairs(Statement s, String sql) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String what;
                if (r.getString(1).equals(r.getString(3))) {
                    what = "same customer";
                } else if (!generated(r.getString(4))) {
                    what = r.getString(4);
                } else if (!generated(r.getString(2))) {
                    what = r.getString(2);
                } else {
                    what = "other customers";
                }
                counts.merge(what, 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * Orders posted while compaction runs ({@code POST /api/v1/orders/batch}, 100 a request, one
     * thread, as fast as the host takes them), from the master's own customers (the generator's
     * first records), so that they meet the customers being merged.
     */
    private static final class Arriving {
        private final String base;
        private final List<BenchOrders.Item> items;
        private final Thread thread;
        private volatile boolean stop;
        private volatile int posted;
        private volatile String failure;

        Arriving(String base, kr.crm.tools.testdata.TestDataGenerator generator, int count) {
            this.base = base;
            this.items = BenchOrders.make(generator.recordIterator(count),
                    new kr.crm.tools.testdata.OrderGenerator(7, java.time.LocalDate.of(2026, 11, 20)));
            this.thread = new Thread(this::post, "arriving-orders");
        }

        void start() {
            thread.start();
        }

        String stop() throws InterruptedException {
            stop = true;
            thread.join();
            return "orders posted during the run: " + posted + (failure == null ? "" : " (stopped: " + failure + ")");
        }

        private void post() {
            HttpClient http = HttpClient.newHttpClient();
            try {
                for (int from = 0; from < items.size() && !stop; from += 100) {
                    List<BenchOrders.Item> batch = items.subList(from, Math.min(items.size(), from + 100));
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "v1/orders/batch"))
                            .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                    ("rep.kim:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString(BenchOrders.json(batch, "bench-live"),
                                    StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        failure = "HTTP " + r.statusCode();
                        return;
                    }
                    posted += batch.size();
                }
            } catch (Exception e) {
                failure = e.getClass().getName();
            }
        }
    }

    /** Where the orders that arrived during the run ended up. */
    private static void arrived(int port) throws Exception {
        try (Connection c = connect(port); Statement s = c.createStatement()) {
            System.out.printf("orders that arrived during the run: %d stored (%d distinct order numbers), "
                    + "%d of them on a key merged away (still read through its alias)%n",
                    count(s, "SELECT COUNT(*) FROM sales_order WHERE source = 'bench-live'"),
                    count(s, "SELECT COUNT(DISTINCT order_no) FROM sales_order WHERE source = 'bench-live'"),
                    count(s, "SELECT COUNT(*) FROM sales_order o JOIN customer c ON c.customer_key = o.customer_key "
                            + "WHERE o.source = 'bench-live' AND c.merged_into IS NOT NULL"));
        }
    }

    private static Connection connect(int port) throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE
                + "?allowLocalInfile=true", "crm", PASSWORD);
    }

    /** A record of the main generator rather than a look-alike made beside it. */
    private static boolean generated(String role) {
        return role.equals("ORIGINAL") || role.equals("DUPLICATE");
    }
}
