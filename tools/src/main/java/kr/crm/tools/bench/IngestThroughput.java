package kr.crm.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.crm.tools.HostConfigs;
import kr.crm.tools.HostProcess;
import kr.crm.tools.PrivateMariaDb;
import kr.crm.tools.testdata.OrderGenerator;
import kr.crm.tools.testdata.TestDataGenerator;
import kr.crm.tools.testdata.Variation;

/**
 * Orders linked per second through the running host: REST bulk ({@code POST /api/v1/orders/batch},
 * 1,000 per request) and the file import ({@code POST /api/v1/imports/bench-file}), on a fresh
 * private MariaDB; beside them MariaDB's own {@code LOAD DATA LOCAL INFILE} of as many order rows
 * into a table shaped like {@code sales_order}, the ceiling; and the rows the file import itself wrote,
 * loaded the same way into tables like the real ones ({@link WriteFloor}); and a probe of set-based linking from a
 * staging table ({@link SetBasedProbe}), under a source of its own. Run: see docs/benchmarks.md.
 *
 * <p>Arguments: orders (default 20000). System properties {@code crm.host.jar}, and {@code bench.hostJvm}: options
 * for the host's JVM, separated by spaces (e.g. {@code -XX:StartFlightRecording=filename=host.jfr} to profile it);
 * {@code bench.serverOptions}: more options for MariaDB (e.g. {@code --slow-query-log=1 --long-query-time=0});
 * {@code bench.restBatch}: orders per REST bulk request (default 1,000; the API takes up to 10,000);
 * {@code bench.warmup}: orders of other people imported first through both paths under other sources, so that a
 * short run measures compiled code rather than the JIT compiler at work.
 */
public final class IngestThroughput {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "bench-pass-2026";

    private IngestThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path work = Path.of("work", "bench").toAbsolutePath();
        deleteTree(work);
        int dbPort = 13326;
        int httpPort = 8096;
        // sized as the other benchmarks' servers: a million orders' indexes do not fit the default 128 MB pool
        List<String> server = new java.util.ArrayList<>(List.of("--innodb-buffer-pool-size=2G", "--innodb-log-file-size=1G"));
        server.addAll(BenchSupport.options("bench.serverOptions"));
        try (PrivateMariaDb db = PrivateMariaDb.start(work.resolve("mariadb"), dbPort, server)) {
            db.ensureDatabase("crm_bench", "crm", PASSWORD);
            Path host = work.resolve("host");
            HostConfigs.write(host.resolve("deploy"), "crm_bench", dbPort, httpPort, PASSWORD, PASSWORD);
            HostConfigs.config(host.resolve("deploy"), "kr.crm.orders.channel-bench", "source=\"bench-file\"\n");
            HostConfigs.config(host.resolve("deploy"), "kr.crm.orders.channel-warm", "source=\"bench-warm-file\"\n");
            try (HostProcess process = HostProcess.start(Path.of(System.getProperty("crm.host.jar", "cnf/target/host.jar")),
                    host, false, BenchSupport.options("bench.hostJvm"))) {
                String base = "http://127.0.0.1:" + httpPort + "/api/";
                if (!process.awaitUp(base + "v1/customers", "rep.kim:" + PASSWORD)) {
                    throw new IllegalStateException("host did not come up; see " + host.resolve("host.log"));
                }
                List<BenchOrders.Item> items = BenchOrders.make(new TestDataGenerator(Math.max(1, orders / 5), 42,
                        Variation.defaults()).recordIterator(orders), new OrderGenerator(42, LocalDate.of(2026, 11, 1)));
                int warmup = Integer.getInteger("bench.warmup", 0);
                if (warmup > 0) { // other people's orders under other sources, so that the JIT has compiled the path
                    List<BenchOrders.Item> warm = BenchOrders.make(new TestDataGenerator(Math.max(1, warmup / 5), 7,
                            Variation.defaults()).recordIterator(warmup), new OrderGenerator(7, LocalDate.of(2026, 10, 1)));
                    System.out.printf("warm-up, %d orders: REST %.0f, file %.0f orders/s%n", warm.size(),
                            rest(base, warm, "bench-warm"), file(base, warm, "bench-warm-file"));
                }
                ProcessCpu hostCpu = new ProcessCpu(process.handle());
                ProcessCpu dbCpu = ProcessCpu.mariadbOf(work.resolve("mariadb"));
                double rest = rest(base, items, "bench-rest");
                Duration hostBefore = hostCpu.used();
                Duration dbBefore = dbCpu.used();
                Map<String, Long> threadsBefore = hostCpu.byThread();
                double file = file(base, items, "bench-file");
                String busiest = ProcessCpu.busiest(threadsBefore, hostCpu.byThread(), 8);
                double hostMicros = hostCpu.used().minus(hostBefore).toNanos() / 1e3 / items.size();
                double dbMicros = dbCpu.used().minus(dbBefore).toNanos() / 1e3 / items.size();
                WriteFloor.Result floor;
                SetBasedProbe.Result probe;
                SetBasedProbe.Result matchProbe;
                try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort
                        + "/crm_bench?allowLocalInfile=true&tinyInt1isBit=false", "crm", PASSWORD)) {
                    floor = WriteFloor.of(c, "bench-file", work, dbCpu);
                    probe = SetBasedProbe.run(c, items, "bench-set", work, dbCpu, SetBasedProbe.Layout.AS_IS);
                    matchProbe = SetBasedProbe.run(c, items, "bench-match", work, dbCpu,
                            SetBasedProbe.Layout.MATCH_TABLE);
                }
                double ceiling = loadData(dbPort, items.size(), work);
                System.out.printf("orders=%d (with identity) over ~%d customers%n", items.size(), orders / 5);
                System.out.printf("REST bulk: %.0f orders/s%nfile import: %.0f orders/s%n", rest, file);
                System.out.printf("LOAD DATA LOCAL INFILE (ceiling): %.0f rows/s%n", ceiling);
                System.out.printf("the file import's own rows (%d orders, %.2f rows per order) by LOAD DATA into "
                        + "tables LIKE the real ones: %.2f s, %.0f orders/s%n", floor.orders(), floor.rowsPerOrder(),
                        floor.seconds(), floor.ordersPerSecond());
                int cores = Runtime.getRuntime().availableProcessors();
                System.out.printf("file import CPU per order: host %.1f µs, MariaDB %.1f µs; on %d cores at most %.0f "
                        + "orders/s%n", hostMicros, dbMicros, cores, cores * 1e6 / (hostMicros + dbMicros));
                System.out.println("host threads by CPU in the file import: " + busiest);
                System.out.printf("the same rows by LOAD DATA: MariaDB %.1f µs of CPU per order%n",
                        floor.cpuSeconds() * 1e6 / floor.orders());
                report("set-based probe (not the CRM's code, see SetBasedProbe)", probe);
                report("set-based probe with a match table (one row per kind, value and customer)", matchProbe);
            }
        }
    }

    private static void report(String what, SetBasedProbe.Result probe) {
        System.out.printf("%s: %d orders, %d linked by name + phone or name + e-mail, %d left for the scorer; %.2f s,"
                + " %.0f orders/s; CPU per order: benchmark JVM %.1f µs, MariaDB %.1f µs%n", what, probe.orders(),
                probe.linked(), probe.orders() - probe.linked(), probe.seconds(), probe.ordersPerSecond(),
                probe.hostCpuSeconds() * 1e6 / probe.orders(), probe.dbCpuSeconds() * 1e6 / probe.orders());
        System.out.println("  its steps: " + probe.steps());
    }

    private static double rest(String base, List<BenchOrders.Item> items, String source) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        int batch = Integer.getInteger("bench.restBatch", 1000);
        for (int from = 0; from < items.size(); from += batch) {
            String body = BenchOrders.json(items.subList(from, Math.min(items.size(), from + batch)), source);
            HttpResponse<String> r = http.send(request(base + "v1/orders/batch", "application/json", body),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("batch " + from + ": " + r.statusCode());
            }
            for (JsonNode result : JSON.readTree(r.body()).path("results")) {
                if (result.path("outcome").asText().equals("REJECTED")) {
                    System.out.printf("REST %s rejected %s: %s %s%n", source, result.path("orderNo").asText(),
                            result.path("field").asText(), result.path("reason").asText());
                }
            }
        }
        return items.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double file(String base, List<BenchOrders.Item> items, String channel) throws Exception {
        String csv = BenchOrders.csv(items);
        long start = System.nanoTime();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request(base + "v1/imports/" + channel, "text/csv", csv),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("import: " + r.statusCode() + " " + r.body());
        }
        for (JsonNode problem : JSON.readTree(r.body()).path("problems")) {
            System.out.printf("file %s row %d: %s %s%n", channel, problem.path("row").asLong(),
                    problem.path("field").asText(), problem.path("reason").asText());
        }
        return items.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static HttpRequest request(String url, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30)).header("Content-Type", type)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("rep.kim:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** The ceiling: the same number of order rows loaded by the server itself. */
    private static double loadData(int port, int rows, Path work) throws Exception {
        Path tsv = work.resolve("orders.tsv");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            b.append("load\tO").append(i).append("\tC").append(i % 5000)
                    .append("\t2026-11-01 10:00:00\tACTIVE\tKRW\t").append(1000 + i).append("\t\\N\t2026-11-23 00:00:00\t2026-11-23 00:00:00\n");
        }
        Files.writeString(tsv, b.toString());
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port
                + "/crm_bench?allowLocalInfile=true", "crm", PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ceiling (id BIGINT AUTO_INCREMENT PRIMARY KEY, source VARCHAR(40), order_no VARCHAR(64), "
                    + "customer_key VARCHAR(16), ordered_at TIMESTAMP(3), status VARCHAR(10), currency CHAR(3), "
                    + "total_amount DECIMAL(15,2), margin DECIMAL(15,2), received_at TIMESTAMP(3), updated_at TIMESTAMP(3), "
                    + "UNIQUE KEY (source, order_no), KEY (customer_key, ordered_at)) CHARSET utf8mb4");
            long start = System.nanoTime();
            s.execute("LOAD DATA LOCAL INFILE '" + tsv + "' INTO TABLE ceiling (source, order_no, customer_key, "
                    + "ordered_at, status, currency, total_amount, margin, received_at, updated_at)");
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void deleteTree(Path path) throws Exception {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
