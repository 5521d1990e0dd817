package kr.crm.tools.bench;

import static kr.crm.tools.bench.BenchSupport.call;
import static kr.crm.tools.bench.BenchSupport.count;
import static kr.crm.tools.bench.BenchSupport.deleteTree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import kr.crm.tools.HostConfigs;
import kr.crm.tools.HostProcess;
import kr.crm.tools.PrivateMariaDb;

/**
 * Access-log cost (issue 10), on the demo host:
 * <ol>
 * <li>the CRM tab's calls for one customer (the thirteen GETs {@code tab.js} makes, {@link TabCalls}) in turn at a
 * fixed 200 requests/s, open loop: latency per request, and what the access log added to each logged one, read from
 * the answer's {@code Server-Timing: access-log;dur=} (the filter's own measure of its work and the durable write
 * of the entry: the node's journal flushed, or with {@code --journal false} the commit to MariaDB);
 * <li>the append itself at 200/s, straight over JDBC with the store's statements (lock head, insert row and subject,
 * move head, commit): what a request waits for when the entry is committed to MariaDB before the answer;
 * <li>the verify walk over a log grown to {@code --rows} rows (written with the documented hash layout; a wrong
 * layout would make verify fail).
 * <li>for comparison, {@code GET /api/v1/me} (authentication only, not logged) at the same rate;
 * <li>the disk's own flush at the same rate ({@link DiskFlush}), the floor under any durable append. The host's
 * collections are logged to {@code work/bench-access-log/host/gc.log}, to set its pauses beside the tail.
 * </ol>
 * Each REST phase is measured after warm-ups of all three at the phase's rate (the JIT compiles a phase's code by then)
 * and reports the host's CPU per request, all its threads, with the busiest kinds of thread.
 * Usage: {@code AccessLogBench [--seconds 60] [--rate 200] [--rows 1000000] [--journal true]}; {@code --rate 0}
 * runs only the verify walk (a host that fell behind at the set rate answers slowly for minutes after).
 */
public final class AccessLogBench {
    private static final String DATABASE = "crm_bench_audit";
    private static final String PASSWORD = "bench-pass-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The host's process, for the CPU each phase costs it. */
    private static ProcessCpu hostCpu;

    private AccessLogBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = 60;
        int rows = 1_000_000;
        int rate = 200;
        boolean journal = true;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--rate" -> rate = Integer.parseInt(args[i + 1]);
                case "--journal" -> journal = Boolean.parseBoolean(args[i + 1]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        Path work = Path.of("work", "bench-access-log").toAbsolutePath();
        deleteTree(work);
        Path host = work.resolve("host");
        Path jar = Path.of(System.getProperty("crm.host.jar", "cnf/target/host.jar"));
        // the ports this work may use by hand: MariaDB 13370-13379, HTTP 8170-8179
        int dbPort = Integer.getInteger("bench.dbPort", 13371);
        int httpPort = Integer.getInteger("bench.httpPort", 8171);
        HostConfigs.write(host.resolve("deploy"), DATABASE, dbPort, httpPort, PASSWORD, PASSWORD);
        // --journal false: each entry committed to MariaDB before the answer (decision 161), else the node's journal
        HostConfigs.accessLog(host.resolve("deploy"), work.resolve("anchors"),
                journal ? host.resolve("access-log-journal") : null);
        System.out.println(journal ? "access log: node journal, copied behind the answer (decision 259)"
                : "access log: committed to MariaDB before the answer (decision 161)");
        String api = "http://127.0.0.1:" + httpPort + "/api/v1/";
        try (PrivateMariaDb db = PrivateMariaDb.start(work.resolve("db"), dbPort)) {
            db.ensureDatabase(DATABASE, "crm", PASSWORD);
            List<String> jvm = new ArrayList<>(List.of("-Xmx512m", "-Xlog:gc:file=" + host.resolve("gc.log")));
            jvm.addAll(BenchSupport.options("bench.hostJvm"));
            try (HostProcess process = HostProcess.start(jar, host, false, jvm)) {
                hostCpu = new ProcessCpu(process.handle());
                if (!process.awaitUp(api + "customers", "rep.kim:" + PASSWORD)) {
                    throw new IllegalStateException("host did not come up; see " + host.resolve("host.log"));
                }
                Thread.sleep(10_000); // the demo loader's grading and tasks
                String token = "Bearer " + JSON.readTree(call("POST", api + "users/rep.kim/tokens", "admin:" + PASSWORD,
                        "{\"label\":\"bench\"}").body()).path("token").asText();
                List<String> keys = new ArrayList<>();
                for (JsonNode c : JSON.readTree(call("GET", api + "customers?size=200", token, null).body()).path("items")) {
                    keys.add(c.path("key").asText());
                }
                String url = "jdbc:mariadb://127.0.0.1:" + dbPort + "/" + DATABASE;
                try (Connection c = DriverManager.getConnection(url, "crm", PASSWORD); Statement s = c.createStatement()) {
                    System.out.printf("customers %d; load %s%n", keys.size(), loadAverage());
                    if (rate > 0) { // --rate 0: only the verify walk
                        // every phase's calls at the phase's rate, 6,000 of each at 200/s, until the JIT has compiled
                        // them: a phase measured cold shared the two cores with the compiler threads (8 s of their CPU
                        // in a 30 s phase), and at a quarter of the rate the warm-ups ended before C2 compiled most
                        int warm = Math.max(20, rate / 4);
                        rest(api, token, keys, 10, warm, "warm-up, slow start");
                        for (int w = 0; w < 3; w++) {
                            rest(api, token, keys, 10, rate, "warm-up, customers/{key}");
                            rest(api, token, keys, 10, rate, "warm-up, me", "me");
                            rest(api, token, keys, 10, rate, "warm-up, the tab's calls", TabCalls::path);
                        }
                        Thread.sleep(2000); // the warm-ups' entries are copied before the count
                        long before = count(s, "SELECT COUNT(*) FROM access_log");
                        rest(api, token, keys, seconds, rate, "REST GET customers/{key} at " + rate + "/s");
                        Thread.sleep(2000); // the journal's copy catches up
                        System.out.printf("access-log rows written by the REST phase: %d; load %s%n",
                                count(s, "SELECT COUNT(*) FROM access_log") - before, loadAverage());
                        rest(api, token, keys, seconds, rate, "REST GET me (not logged) at " + rate + "/s", "me");
                        rest(api, token, keys, seconds, rate, "REST the tab's calls at " + rate + "/s", TabCalls::path);
                        appends(url, keys, seconds);
                        print("disk flush alone (300-byte append + fdatasync, database's file system, " + rate + "/s)",
                                DiskFlush.run(work.resolve("db"), seconds, rate), 0);
                    }
                    grow(c, rows);
                    for (int i = 0; i < 2; i++) {
                        long t0 = System.nanoTime();
                        JsonNode check = JSON.readTree(call("GET", api + "access-log/verify", "admin:" + PASSWORD, null)
                                .body());
                        System.out.printf("verify: %s, %d rows, server %d ms, round trip %d ms%n",
                                check.path("intact").asBoolean() ? "intact" : "BROKEN " + check,
                                check.path("rows").asLong(), check.path("millis").asLong(),
                                (System.nanoTime() - t0) / 1_000_000);
                    }
                }
            }
        }
    }

    /** Open loop: one request every 1/rate s whatever the answers do; latency from the planned send time. */
    private static void rest(String api, String token, List<String> keys, int seconds, int rate, String label)
            throws Exception {
        rest(api, token, keys, seconds, rate, label, (k, i) -> "customers/" + k.get(i % k.size()));
    }

    private static void rest(String api, String token, List<String> keys, int seconds, int rate, String label,
            String path) throws Exception {
        rest(api, token, keys, seconds, rate, label, (k, i) -> path);
    }

    private static void rest(String api, String token, List<String> keys, int seconds, int rate, String label,
            java.util.function.BiFunction<List<String>, Integer, String> path) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Duration cpuBefore = hostCpu.used();
        java.util.Map<String, Long> threadsBefore = hostCpu.byThread();
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> logMicros = new ConcurrentLinkedQueue<>();
        java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> others = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        int n = seconds * rate;
        long gap = 1_000_000_000L / rate;
        for (int i = 0; i < n; i++) {
            long planned = start + i * gap;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            HttpRequest r = HttpRequest.newBuilder(URI.create(api + path.apply(keys, i)))
                    .header("Authorization", token).timeout(Duration.ofSeconds(30)).build();
            pending.add(http.sendAsync(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .handle((resp, error) -> {
                        if (error == null && resp.statusCode() == 200) {
                            micros.add((System.nanoTime() - planned) / 1000);
                            resp.headers().firstValue("Server-Timing").map(AccessLogBench::logMicros)
                                    .ifPresent(logMicros::add);
                        } else {
                            String what = error != null ? error.getClass().getSimpleName()
                                    : resp.statusCode() + " " + resp.request().uri().getPath()
                                            .replaceAll("/[A-Z0-9]{8,}(?=/|$)", "/{key}");
                            others.computeIfAbsent(what, w -> new java.util.concurrent.atomic.AtomicInteger())
                                    .incrementAndGet();
                        }
                        return null;
                    }));
        }
        for (CompletableFuture<?> f : pending) {
            f.join();
        }
        print(label, new ArrayList<>(micros), n - micros.size());
        System.out.printf("  host CPU (all threads, background work included): %.0f µs per request; busiest: %s%n",
                hostCpu.used().minus(cpuBefore).toNanos() / 1000.0 / n,
                ProcessCpu.busiest(threadsBefore, hostCpu.byThread(), 6));
        if (!others.isEmpty()) {
            System.out.println("  not 200: " + others);
        }
        if (!logMicros.isEmpty()) {
            print("  of which the access log (Server-Timing), logged calls", new ArrayList<>(logMicros), 0);
        }
    }

    /** {@code access-log;dur=1.25} in microseconds. */
    static long logMicros(String serverTiming) {
        String dur = serverTiming.substring(serverTiming.indexOf("dur=") + 4);
        return Math.round(Double.parseDouble(dur) * 1000);
    }

    /** The store's append, 200 times a second over 4 connections, timed per transaction. */
    private static void appends(String url, List<String> keys, int seconds) throws Exception {
        int n = seconds * 200;
        int threads = 4;
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread w = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "crm", PASSWORD)) {
                    c.setAutoCommit(false);
                    for (int i = first; i < n; i += threads) {
                        long planned = start + i * 5_000_000L;
                        long wait = planned - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        long t0 = System.nanoTime();
                        append(c, keys.get(i % keys.size()), System.currentTimeMillis());
                        micros.add((System.nanoTime() - t0) / 1000);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        print("append alone (JDBC, 4 connections, 200/s)", new ArrayList<>(micros), n - micros.size());
    }

    private static void append(Connection c, String key, long atMs) throws Exception {
        long seq;
        String prev;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT seq, hash FROM access_log_head WHERE id = 1 FOR UPDATE")) {
            r.next();
            seq = r.getLong(1) + 1;
            prev = r.getString(2);
        }
        String hash = hash(seq, atMs, "bench", "127.0.0.1", "VIEW", key, 1, "GET v1/customers/{key}", null, prev);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO access_log (seq, at_ms, username, source, action, "
                + "customer_keys, row_count, resource, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setLong(1, seq);
            p.setLong(2, atMs);
            p.setString(3, "bench");
            p.setString(4, "127.0.0.1");
            p.setString(5, "VIEW");
            p.setString(6, key);
            p.setInt(7, 1);
            p.setString(8, "GET v1/customers/{key}");
            p.setString(9, null);
            p.setString(10, prev);
            p.setString(11, hash);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT IGNORE INTO access_log_subject (customer_key, seq, at_ms) VALUES (?,?,?)")) {
            p.setString(1, key);
            p.setLong(2, seq);
            p.setLong(3, atMs);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE access_log_head SET seq = ?, hash = ? WHERE id = 1")) {
            p.setLong(1, seq);
            p.setString(2, hash);
            p.executeUpdate();
        }
        c.commit();
    }

    /** Appends rows in batches of 10,000 (one transaction each) until the log holds {@code target} rows. */
    private static void grow(Connection c, int target) throws Exception {
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        long have;
        try (Statement s = c.createStatement()) {
            have = count(s, "SELECT COUNT(*) FROM access_log");
        }
        while (have < target) {
            long seq;
            String prev;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT seq, hash FROM access_log_head WHERE id = 1 FOR UPDATE")) {
                r.next();
                seq = r.getLong(1);
                prev = r.getString(2);
            }
            int batch = (int) Math.min(10_000, target - have);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO access_log (seq, at_ms, username, source, "
                    + "action, customer_keys, row_count, resource, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                long atMs = System.currentTimeMillis();
                for (int i = 0; i < batch; i++) {
                    seq++;
                    String keys = "C" + String.format("%011d", seq % 100_000);
                    String hash = hash(seq, atMs, "rep.bench", "10.0.0.7", "VIEW", keys, 1, "GET v1/customers/{key}",
                            null, prev);
                    p.setLong(1, seq);
                    p.setLong(2, atMs);
                    p.setString(3, "rep.bench");
                    p.setString(4, "10.0.0.7");
                    p.setString(5, "VIEW");
                    p.setString(6, keys);
                    p.setInt(7, 1);
                    p.setString(8, "GET v1/customers/{key}");
                    p.setString(9, null);
                    p.setString(10, prev);
                    p.setString(11, hash);
                    p.addBatch();
                    prev = hash;
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE access_log_head SET seq = ?, hash = ? WHERE id = 1")) {
                p.setLong(1, seq);
                p.setString(2, prev);
                p.executeUpdate();
            }
            c.commit();
            have += batch;
        }
        c.setAutoCommit(true);
        System.out.printf("log grown to %,d rows in %d s%n", have, (System.nanoTime() - t0) / 1_000_000_000L);
    }

    /** The documented layout (docs/privacy.md): {@code <length>:<value>;} per field, SHA-256, hex. */
    static String hash(long seq, long atMs, String user, String source, String action, String keys, int rows,
            String resource, String reason, String prev) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String v : new String[] {Long.toString(seq), Long.toString(atMs), user, source, action, keys,
                Integer.toString(rows), resource, reason == null ? "-" : "+" + reason, prev}) {
            b.append(v.length()).append(':').append(v).append(';');
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void print(String label, List<Long> micros, int failed) {
        Collections.sort(micros);
        if (micros.isEmpty()) {
            System.out.println(label + ": no answers");
            return;
        }
        System.out.printf("%s: n=%d failed=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms%n", label, micros.size(),
                failed, pct(micros, 0.50), pct(micros, 0.90), pct(micros, 0.99), micros.get(micros.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1000.0;
    }

    private static String loadAverage() {
        return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }
}
