package kr.crm.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sync-collection client against a server that truncates its answers (RFC 6578 section 3.6). */
class HttpCardDavTest {
    private static final String BOOK = "/dav/rep/contacts/";
    private HttpServer server;
    /** The answer to a sync-collection from a token ("" for none): status and body. */
    private final Map<String, Object[]> answers = new LinkedHashMap<>();
    private final List<String> askedTokens = new ArrayList<>();
    private HttpCardDav dav;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(BOOK, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String token = body.replaceAll("(?s).*<d:sync-token>(.*?)</d:sync-token>.*", "$1");
            askedTokens.add(token);
            Object[] answer = answers.getOrDefault(token, new Object[] {500, ""});
            byte[] bytes = ((String) answer[1]).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders((Integer) answer[0], bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        dav = new HttpCardDav(HttpClient.newHttpClient(), "http://127.0.0.1:" + server.getAddress().getPort(), BOOK,
                "rep", "pw", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String page(String token, boolean truncated, String... cards) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\">");
        for (String card : cards) {
            String[] c = card.split("=");
            if (c[1].equals("gone")) {
                b.append("<d:response><d:href>").append(BOOK).append(c[0])
                        .append("</d:href><d:status>HTTP/1.1 404 Not Found</d:status></d:response>");
            } else {
                b.append("<d:response><d:href>").append(BOOK).append(c[0]).append("</d:href><d:propstat><d:prop>")
                        .append("<d:getetag>\"").append(c[1]).append("\"</d:getetag></d:prop>")
                        .append("<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>");
            }
        }
        if (truncated) {
            b.append("<d:response><d:href>").append(BOOK)
                    .append("</d:href><d:status>HTTP/1.1 507 Insufficient Storage</d:status></d:response>");
        }
        return b.append("<d:sync-token>").append(token).append("</d:sync-token></d:multistatus>").toString();
    }

    @Test
    void aTruncatedFirstListingIsAskedAgainUntilItIsWholeSoThatNoCardLooksDeleted() {
        answers.put("", new Object[] {207, page("t1", true, "a.vcf=1", "b.vcf=1")});
        answers.put("t1", new Object[] {207, page("t2", false, "c.vcf=1")});

        Listing l = dav.changes(null);

        assertThat(askedTokens).containsExactly("", "t1");
        assertThat(l.complete()).isTrue();
        assertThat(l.changed()).containsOnlyKeys(BOOK + "a.vcf", BOOK + "b.vcf", BOOK + "c.vcf");
        assertThat(l.token()).isEqualTo("t2");
    }

    @Test
    void aCardChangedThenDeletedAcrossPagesEndsRemovedAndTheLastTokenIsKept() {
        answers.put("t5", new Object[] {207, page("t6", true, "a.vcf=2", "b.vcf=2")});
        answers.put("t6", new Object[] {207, page("t7", true, "a.vcf=gone")});
        answers.put("t7", new Object[] {207, page("t8", false, "d.vcf=1")});

        Listing l = dav.changes("t5");

        assertThat(l.complete()).isFalse();
        assertThat(l.changed()).containsOnlyKeys(BOOK + "b.vcf", BOOK + "d.vcf");
        assertThat(l.removed()).containsExactly(BOOK + "a.vcf");
        assertThat(l.token()).isEqualTo("t8");
    }

    @Test
    void aNextPageTheServerRefusesFailsTheRunInsteadOfSavingAPartialToken() {
        answers.put("t5", new Object[] {207, page("t6", true, "a.vcf=2")});
        answers.put("t6", new Object[] {503, ""});

        assertThatThrownBy(() -> dav.changes("t5")).isInstanceOf(DavException.class)
                .hasMessageContaining("next page");
    }
}
