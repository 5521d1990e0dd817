package kr.crm.sync.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link CardDav} over the JDK's HTTP client, signing in with Basic authentication. */
final class HttpCardDav implements CardDav {
    private static final int MULTIGET_CHUNK = 1000;
    private static final int MAX_PAGES = 1000;
    private static final String XML = "application/xml; charset=utf-8";

    private final HttpClient http;
    private final URI book;
    private final String bookPath;
    private final String authorization;
    private final Duration timeout;

    HttpCardDav(HttpClient http, String serverUrl, String path, String user, String password, Duration timeout) {
        this.http = http;
        String p = path.endsWith("/") ? path : path + "/";
        this.book = URI.create(serverUrl).resolve(p);
        this.bookPath = book.getRawPath();
        this.authorization = user == null || user.isEmpty() ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
    }

    @Override
    public Listing changes(String token) {
        HttpResponse<byte[]> r = send("REPORT", book, DavXml.syncCollection(token), "Depth", "0");
        if (r.statusCode() == 207) {
            DavXml.MultiStatus ms = DavXml.parse(r.body());
            if (ms.syncToken() != null) {
                return fromSyncReport(ms, token);
            }
        } else if (token != null && (r.statusCode() == 403 || r.statusCode() == 409
                || DavXml.namesInvalidToken(r.body()))) {
            return changes(null).withMode("full");
        } else if (r.statusCode() == 401 || r.statusCode() >= 500 && r.statusCode() != 501) {
            throw new DavException(r.statusCode(), "sync-collection answered " + r.statusCode());
        }
        return listing();
    }

    /**
     * The changes of a sync-collection answer. A server may truncate a long answer (RFC 6578 3.6):
     * the book's own entry then says 507 and the token covers only what was sent, so the report is
     * asked again from that token until an answer is whole. Without that, a truncated first listing
     * would make every card left out look deleted.
     */
    private Listing fromSyncReport(DavXml.MultiStatus first, String token) {
        Map<String, String> changed = new LinkedHashMap<>();
        Set<String> removed = new HashSet<>();
        DavXml.MultiStatus ms = first;
        for (int page = 1; ; page++) {
            boolean truncated = false;
            for (DavXml.Entry e : ms.entries()) {
                if (e.href() != null && isBook(e.href())) {
                    truncated |= e.status() == 507;
                } else if (e.href() == null || e.collection()) {
                    continue;
                } else if (e.status() == 404) {
                    removed.add(e.href());
                    changed.remove(e.href());
                } else if (e.etag() != null) {
                    changed.put(e.href(), e.etag());
                    removed.remove(e.href());
                }
            }
            if (!truncated) {
                break;
            }
            if (page == MAX_PAGES) {
                throw new DavException(507, "sync-collection still truncated after " + MAX_PAGES + " pages");
            }
            HttpResponse<byte[]> r = send("REPORT", book, DavXml.syncCollection(ms.syncToken()), "Depth", "0");
            if (r.statusCode() != 207) {
                throw new DavException(r.statusCode(), "sync-collection (next page) answered " + r.statusCode());
            }
            ms = DavXml.parse(r.body());
            if (ms.syncToken() == null) {
                throw new DavException(0, "sync-collection (next page) answered without a sync token");
            }
        }
        return new Listing(changed, removed, token == null, ms.syncToken(), token == null ? "full" : "incremental");
    }

    private Listing listing() {
        HttpResponse<byte[]> r = send("PROPFIND", book, DavXml.propfindEtags(), "Depth", "1");
        if (r.statusCode() != 207) {
            throw new DavException(r.statusCode(), "PROPFIND answered " + r.statusCode());
        }
        Map<String, String> all = new LinkedHashMap<>();
        for (DavXml.Entry e : DavXml.parse(r.body()).entries()) {
            if (e.href() != null && !isBook(e.href()) && !e.collection() && e.etag() != null) {
                all.put(e.href(), e.etag());
            }
        }
        return new Listing(all, Set.of(), true, null, "listing");
    }

    @Override
    public List<RemoteCard> fetch(Collection<String> hrefs) {
        List<String> all = List.copyOf(hrefs);
        List<RemoteCard> cards = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += MULTIGET_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + MULTIGET_CHUNK));
            HttpResponse<byte[]> r = send("REPORT", book, DavXml.multiget(chunk), "Depth", "1");
            if (r.statusCode() != 207) {
                throw new DavException(r.statusCode(), "addressbook-multiget answered " + r.statusCode());
            }
            for (DavXml.Entry e : DavXml.parse(r.body()).entries()) {
                if (e.status() == 200 && e.addressData() != null) {
                    cards.add(new RemoteCard(e.href(), e.etag(), e.addressData(), e.lastModifiedInstant()));
                }
            }
        }
        return cards;
    }

    @Override
    public Optional<RemoteCard> get(String href) {
        HttpResponse<byte[]> r = send("GET", book.resolve(href), null);
        if (r.statusCode() == 404 || r.statusCode() == 410) {
            return Optional.empty();
        }
        if (r.statusCode() != 200) {
            throw new DavException(r.statusCode(), "GET answered " + r.statusCode());
        }
        Instant modified = r.headers().firstValue("Last-Modified")
                .map(v -> new DavXml.Entry(href, 200, null, v, null, false).lastModifiedInstant()).orElse(null);
        return Optional.of(new RemoteCard(href, r.headers().firstValue("ETag").orElse(null),
                new String(r.body(), StandardCharsets.UTF_8), modified));
    }

    @Override
    public String put(String href, String vcard, String etag) {
        HttpRequest.Builder b = request(book.resolve(href))
                .header("Content-Type", "text/vcard; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(vcard, StandardCharsets.UTF_8));
        b.header(etag == null ? "If-None-Match" : "If-Match", etag == null ? "*" : etag);
        HttpResponse<byte[]> r = exchange(b.build());
        if (r.statusCode() == 412) {
            throw new DavException(412, "card changed on the server");
        }
        if (r.statusCode() / 100 != 2) {
            throw new DavException(r.statusCode(), "PUT answered " + r.statusCode());
        }
        return r.headers().firstValue("ETag").orElse(null);
    }

    @Override
    public void delete(String href, String etag) {
        HttpRequest.Builder b = request(book.resolve(href)).DELETE();
        if (etag != null) {
            b.header("If-Match", etag);
        }
        HttpResponse<byte[]> r = exchange(b.build());
        if (r.statusCode() == 412) {
            throw new DavException(412, "card changed on the server");
        }
        if (r.statusCode() / 100 != 2 && r.statusCode() != 404) {
            throw new DavException(r.statusCode(), "DELETE answered " + r.statusCode());
        }
    }

    @Override
    public String hrefFor(String fileName) {
        return bookPath + fileName;
    }

    private boolean isBook(String href) {
        String h = href.endsWith("/") ? href : href + "/";
        return h.equals(bookPath) || h.equals(book.toString());
    }

    private HttpResponse<byte[]> send(String method, URI uri, String body, String... headers) {
        HttpRequest.Builder b = request(uri).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", XML);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return exchange(b.build());
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    /**
     * Sends once more after an I/O error: a server that closes idle connections (HTTP/1.0 ones such
     * as Radicale's) can drop one the client is about to reuse. Every write is conditional
     * (If-Match, If-None-Match), so a repeated one cannot apply twice.
     */
    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException first) {
                return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
        } catch (IOException e) {
            throw new DavException("server unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DavException("interrupted", e);
        }
    }
}
