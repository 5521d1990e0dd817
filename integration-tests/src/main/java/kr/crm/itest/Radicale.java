package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Radicale (Debian package {@code radicale}) for the test run: its own port on 127.0.0.1,
 * a throwaway storage folder and htpasswd users; stopped when the JVM ends. Also a plain WebDAV
 * client that acts as the groupware user editing the address book.
 */
final class Radicale {
    static final String USER = "dav.user";
    static final String PASSWORD = "dav-pass-2026";
    private static Radicale instance;

    final String base;
    final Path storage;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Radicale(String base, Path storage, Process process) {
        this.base = base;
        this.storage = storage;
        this.process = process;
    }

    static synchronized Radicale get() throws Exception {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static Radicale start() throws Exception {
        Path dir = Files.createTempDirectory("crm-it-radicale");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.writeString(dir.resolve("users"), USER + ":" + PASSWORD + "\n");
        Files.writeString(dir.resolve("config"), String.join("\n",
                "[server]", "hosts = 127.0.0.1:" + port,
                "[auth]", "type = htpasswd", "htpasswd_filename = " + dir.resolve("users"),
                "htpasswd_encryption = plain",
                "[storage]", "filesystem_folder = " + dir.resolve("collections"),
                "[rights]", "type = owner_only",
                "[logging]", "level = warning", ""));
        Process p = new ProcessBuilder("radicale", "--config", dir.resolve("config").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("radicale.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException e) {
                assertThat(p.isAlive()).as("radicale is running; log in %s", dir).isTrue();
                assertThat(System.nanoTime()).as("radicale listens in time").isLessThan(deadline);
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        return new Radicale("http://127.0.0.1:" + port, dir, p);
    }

    /** Makes a new, empty address book of the test user. @return its path, ending in '/' */
    String newAddressBook(String name) throws Exception {
        String path = "/" + USER + "/" + name + "/";
        HttpResponse<String> r = send("MKCOL", path, """
                <?xml version="1.0" encoding="utf-8"?>
                <D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:set><D:prop>
                <D:resourcetype><D:collection/><C:addressbook/></D:resourcetype></D:prop></D:set></D:mkcol>""",
                "Content-Type", "application/xml");
        assertThat(r.statusCode()).as("MKCOL %s: %s", path, r.body()).isEqualTo(201);
        return path;
    }

    /** Writes a card as a groupware user would. @return the ETag */
    String put(String href, String vcard) throws Exception {
        HttpResponse<String> r = send("PUT", href, vcard.replace("\r\n", "\n").replace("\n", "\r\n"),
                "Content-Type", "text/vcard; charset=utf-8");
        assertThat(r.statusCode()).as("PUT %s: %s", href, r.body()).isIn(201, 204);
        return r.headers().firstValue("ETag").orElse(null);
    }

    /** The card's text, or null if there is none. */
    String get(String href) throws Exception {
        HttpResponse<String> r = send("GET", href, null);
        return r.statusCode() == 404 ? null : r.body();
    }

    void delete(String href) throws Exception {
        assertThat(send("DELETE", href, null).statusCode()).isIn(200, 204);
    }

    /** The address book's current RFC 6578 sync token. */
    String syncToken(String bookPath) throws Exception {
        HttpResponse<String> r = send("REPORT", bookPath, """
                <?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:"><d:sync-token/>
                <d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>""",
                "Depth", "0", "Content-Type", "application/xml");
        Matcher m = Pattern.compile("<sync-token>([^<]+)</sync-token>").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return m.group(1);
    }

    /** Hrefs of every card in the address book. */
    List<String> hrefs(String bookPath) throws Exception {
        HttpResponse<String> r = send("PROPFIND", bookPath, """
                <?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>""",
                "Depth", "1", "Content-Type", "application/xml");
        List<String> hrefs = new ArrayList<>();
        Matcher m = Pattern.compile("<href>([^<]+\\.vcf)</href>").matcher(r.body());
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        return hrefs;
    }

    /** The card of the book whose text contains {@code fragment}, or null. */
    String findHref(String bookPath, String fragment) throws Exception {
        for (String href : hrefs(bookPath)) {
            String text = get(href);
            if (text != null && text.contains(fragment)) {
                return href;
            }
        }
        return null;
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Radicale speaks HTTP/1.0 and may close a connection the client is about to reuse
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
