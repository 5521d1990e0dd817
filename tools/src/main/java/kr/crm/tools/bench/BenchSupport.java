package kr.crm.tools.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the benchmarks that drive a host share: files, the host's heap, counts, REST calls. */
final class BenchSupport {
    private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+\\.\\d+)s].*Pause.* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BenchSupport() {
    }

    /** Peak heap use before a collection, and the most that stayed live after one, between two JVM uptimes. */
    static String gc(Path log, double from, double to) throws IOException {
        long before = 0;
        long after = 0;
        long committed = 0;
        int pauses = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                double at = Double.parseDouble(m.group(1));
                if (at >= from && at <= to) {
                    pauses++;
                    before = Math.max(before, Long.parseLong(m.group(2)));
                    after = Math.max(after, Long.parseLong(m.group(3)));
                    committed = Math.max(committed, Long.parseLong(m.group(4)));
                }
            }
        }
        return String.format("heap during the run (GC log, %d pauses): peak used %d MB, most live after a GC %d MB, "
                + "committed at most %d MB", pauses, before, after, committed);
    }

    static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * One REST call; JSON body or none. {@code credentials}: {@code user:password} for Basic, or
     * {@code Bearer <token>} (an API token skips the password hash, ~0.1 s of CPU per request).
     */
    static HttpResponse<String> call(String method, String url, String credentials, String body) throws Exception {
        String authorization = credentials.startsWith("Bearer ") ? credentials
                : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofHours(3))
                .header("Authorization", authorization);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Process p = new ProcessBuilder("cp", "-a", from.toString(), to.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("cp -a " + from + " " + to + " failed");
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A system property's options, separated by spaces (host JVM or server options); none if unset. */
    static List<String> options(String property) {
        String v = System.getProperty(property, "").strip();
        return v.isEmpty() ? List.of() : List.of(v.split("\\s+"));
    }
}
