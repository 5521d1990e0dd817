package kr.crm.tools.bench;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kr.crm.tools.HostConfigs;
import kr.crm.tools.HostProcess;
import kr.crm.tools.PrivateMariaDb;

/**
 * The CardDAV sync beside vdirsyncer, against one Radicale with the same cards: an initial sync of
 * N Korean contacts from an address book into an empty CRM (vdirsyncer: into an empty folder), a
 * re-sync with nothing changed, and a re-sync after 50 cards were edited on the server. Each side
 * has its own copy of the address book, seeded as files before Radicale starts (Radicale makes
 * every new PUT check the whole collection, so seeding 5,000 cards over HTTP takes ~20 minutes).
 *
 * <p>Arguments: cards (default 5000). Needs {@code radicale} and {@code vdirsyncer} on the PATH and
 * system property {@code crm.host.jar}. Run: see docs/benchmarks.md.
 */
public final class CardDavBench {
    private static final String PASSWORD = "bench-pass-2026";
    private static final String USER = "bench";
    private static final int DAV_PORT = 5234;
    private static final int DB_PORT = 13327;
    private static final int HTTP_PORT = 8127;
    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"};
    private static final String[] SYLLABLES = {"민", "서", "지", "현", "준", "우", "하", "은", "수", "영", "도", "윤", "연", "진", "호", "아"};
    private static final String[] TITLES = {"사원", "주임", "대리", "과장", "차장", "부장", "이사"};
    private static final String[] DEPTS = {"구매팀", "영업팀", "자재팀", "총무팀", "생산관리팀"};
    private static final String[] CITIES = {"서울특별시;강남구", "경기도;성남시 분당구", "부산광역시;해운대구", "대전광역시;유성구", "인천광역시;남동구"};

    private CardDavBench() {
    }

    public static void main(String[] args) throws Exception {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path work = Path.of("work", "bench-dav").toAbsolutePath();
        deleteTree(work);
        List<String> texts = cards(cards);
        seed(work.resolve("radicale/collections/collection-root/" + USER + "/crm"), texts);
        seed(work.resolve("radicale/collections/collection-root/" + USER + "/vdir"), texts);
        Process radicale = startRadicale(work.resolve("radicale"));
        try (PrivateMariaDb db = PrivateMariaDb.start(work.resolve("mariadb"), DB_PORT)) {
            Dav dav = new Dav("http://127.0.0.1:" + DAV_PORT);
            // both books read once as a server in use would have them: Radicale builds its item cache on
            // the first PROPFIND and its sync history on the first sync-collection (timed, reported)
            long w = System.nanoTime();
            dav.propfind("/" + USER + "/crm/");
            dav.propfind("/" + USER + "/vdir/");
            double propfinds = (System.nanoTime() - w) / 1e9;
            w = System.nanoTime();
            dav.syncCollection("/" + USER + "/crm/");
            double firstSyncCollection = (System.nanoTime() - w) / 1e9;
            dav.syncCollection("/" + USER + "/vdir/");
            w = System.nanoTime();
            dav.syncCollection("/" + USER + "/crm/");
            System.out.printf("warm-up: two first PROPFINDs %.2f s; first sync-collection %.2f s, a second one %.2f s%n",
                    propfinds, firstSyncCollection, (System.nanoTime() - w) / 1e9);

            double[] peer = Boolean.getBoolean("bench.skipPeer") ? new double[3] : vdirsyncer(work, dav, texts);

            db.ensureDatabase("crm_bench", "crm", PASSWORD);
            Path host = work.resolve("host");
            HostConfigs.write(host.resolve("deploy"), "crm_bench", DB_PORT, HTTP_PORT, PASSWORD, PASSWORD);
            HostConfigs.config(host.resolve("deploy"), "kr.crm.sync.addressbook-bench", String.join("\n",
                    "name=\"bench\"", "serverUrl=\"http://127.0.0.1:" + DAV_PORT + "\"",
                    "addressBookPath=\"/" + USER + "/crm/\"", "user=\"" + USER + "\"", "password=\"" + PASSWORD + "\"",
                    "direction=\"TWO_WAY\"", "ownerRep=\"bench.rep\"", "intervalMinutes=I\"0\"", "timeoutSeconds=I\"300\"", ""));
            try (HostProcess process = HostProcess.start(Path.of(System.getProperty("crm.host.jar", "cnf/target/host.jar")),
                    host, false)) {
                String base = "http://127.0.0.1:" + HTTP_PORT + "/api/";
                if (!process.awaitUp(base + "v1/sync/addressbooks/bench", "admin:" + PASSWORD)) {
                    throw new IllegalStateException("host did not come up; see " + host.resolve("host.log"));
                }
                double initial = crmRun(base, "initial");
                double quiet = crmRun(base, "no change");
                edit(dav, "/" + USER + "/crm/", texts);
                double edited = crmRun(base, "50 edits");
                System.out.printf("%n%d cards | CRM sync | vdirsyncer%n", cards);
                System.out.printf("initial      | %.2f s | %.2f s%n", initial, peer[0]);
                System.out.printf("no change    | %.2f s | %.2f s%n", quiet, peer[1]);
                System.out.printf("50 edited    | %.2f s | %.2f s%n", edited, peer[2]);
            }
        } finally {
            radicale.destroy();
        }
    }

    /** Korean contacts of 250 companies, vCard 3.0, each with an address and a note. */
    static List<String> cards(int n) {
        Random r = new Random(42);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = SURNAMES[r.nextInt(SURNAMES.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)]
                    + SYLLABLES[r.nextInt(SYLLABLES.length)];
            int company = r.nextInt(250);
            String[] city = CITIES[company % CITIES.length].split(";");
            out.add(String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "UID:bench-" + i, "FN:" + name,
                    "N:" + name.charAt(0) + ";" + name.substring(1) + ";;;",
                    "ORG:(주)벤치상사" + company + ";" + DEPTS[r.nextInt(DEPTS.length)],
                    "TITLE:" + TITLES[r.nextInt(TITLES.length)],
                    String.format("TEL;TYPE=CELL:010-%04d-%04d", 2000 + i / 10000, i % 10000),
                    String.format("TEL;TYPE=WORK,VOICE:02-%03d-%04d", 500 + company, r.nextInt(10000)),
                    "EMAIL;TYPE=WORK:c" + i + "@bench" + company + ".co.kr",
                    "ADR;TYPE=WORK:;;" + "테헤란로 " + (company + 1) + "길 " + (i % 90 + 1) + ";" + city[1] + ";" + city[0]
                            + ";0" + (6000 + company) + ";대한민국",
                    "NOTE:벤치마크 연락처 " + i, "END:VCARD", ""));
        }
        return out;
    }

    private static void seed(Path book, List<String> texts) throws IOException {
        Files.createDirectories(book);
        Files.writeString(book.resolve(".Radicale.props"), "{\"tag\": \"VADDRESSBOOK\"}");
        for (int i = 0; i < texts.size(); i++) {
            Files.writeString(book.resolve("bench-" + i + ".vcf"), texts.get(i), StandardCharsets.UTF_8);
        }
    }

    private static Process startRadicale(Path dir) throws Exception {
        Files.writeString(dir.resolve("users"), USER + ":" + PASSWORD + "\n");
        Files.writeString(dir.resolve("config"), String.join("\n", "[server]", "hosts = 127.0.0.1:" + DAV_PORT,
                "[auth]", "type = htpasswd", "htpasswd_filename = " + dir.resolve("users"), "htpasswd_encryption = plain",
                "[storage]", "filesystem_folder = " + dir.resolve("collections"), "[rights]", "type = owner_only",
                "[logging]", "level = warning", ""));
        Process p = new ProcessBuilder("radicale", "--config", dir.resolve("config").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("radicale.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", DAV_PORT)) {
                return p;
            } catch (IOException e) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        throw new IllegalStateException("radicale did not start; see " + dir.resolve("radicale.log"));
    }

    /** vdirsyncer pairs the address book with an empty folder; same three steps. */
    private static double[] vdirsyncer(Path work, Dav dav, List<String> texts) throws Exception {
        Path dir = work.resolve("vdirsyncer");
        Files.createDirectories(dir.resolve("local"));
        Path config = dir.resolve("config");
        Files.writeString(config, String.join("\n", "[general]", "status_path = \"" + dir.resolve("status") + "/\"", "",
                "[pair bench]", "a = \"bench_local\"", "b = \"bench_remote\"", "collections = null",
                "conflict_resolution = \"b wins\"", "",
                "[storage bench_local]", "type = \"filesystem\"", "path = \"" + dir.resolve("local") + "/\"",
                "fileext = \".vcf\"", "",
                "[storage bench_remote]", "type = \"carddav\"", "url = \"http://127.0.0.1:" + DAV_PORT + "/" + USER + "/vdir/\"",
                "username = \"" + USER + "\"", "password = \"" + PASSWORD + "\"", ""));
        run(dir, "vdirsyncer", "-c", config.toString(), "discover", "bench");
        double initial = run(dir, "vdirsyncer", "-c", config.toString(), "sync", "bench");
        double quiet = run(dir, "vdirsyncer", "-c", config.toString(), "sync", "bench");
        edit(dav, "/" + USER + "/vdir/", texts);
        double edited = run(dir, "vdirsyncer", "-c", config.toString(), "sync", "bench");
        try (Stream<Path> files = Files.list(dir.resolve("local"))) {
            System.out.printf("vdirsyncer: %d cards in the folder%n", files.count());
        }
        return new double[] {initial, quiet, edited};
    }

    private static double run(Path dir, String... command) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("vdirsyncer.log").toFile())).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + dir.resolve("vdirsyncer.log"));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Changes the title of 50 cards spread over the book, as a groupware user would. */
    private static void edit(Dav dav, String book, List<String> texts) throws Exception {
        for (int k = 0; k < 50; k++) {
            int i = k * (texts.size() / 50);
            String text = texts.get(i).replaceFirst("TITLE:[^\r]*", "TITLE:편집됨 " + k);
            dav.put(book + "bench-" + i + ".vcf", text);
        }
    }

    private static double crmRun(String base, String what) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "v1/sync/addressbooks/bench/runs"))
                .timeout(Duration.ofMinutes(30)).header("Authorization", basic("admin", PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
        String body = r.body();
        System.out.printf("CRM %s: %.2f s %s%n", what, seconds, body.length() > 600 ? body.substring(0, 600) : body);
        return seconds;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path path) throws Exception {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The few WebDAV requests the benchmark makes itself. */
    private record Dav(String base) {
        void propfind(String path) throws Exception {
            send("PROPFIND", path, "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>",
                    "Depth", "1", "Content-Type", "application/xml");
        }

        void syncCollection(String path) throws Exception {
            send("REPORT", path, "<?xml version=\"1.0\"?><d:sync-collection xmlns:d=\"DAV:\"><d:sync-token/>"
                    + "<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>",
                    "Depth", "0", "Content-Type", "application/xml");
        }

        void put(String path, String text) throws Exception {
            HttpResponse<String> r = send("PUT", path, text, "Content-Type", "text/vcard; charset=utf-8");
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("PUT " + path + ": " + r.statusCode());
            }
        }

        private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Authorization", basic(USER, PASSWORD));
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
