package kr.crm.sync.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An address book in memory that answers like a CardDAV server without sync-collection. */
final class FakeDav implements CardDav {
    final Map<String, RemoteCard> cards = new LinkedHashMap<>();
    Runnable beforeNextPut;
    int puts;
    int preconditionFailures;
    private int etags;

    void serverWrites(String href, String text, Instant when) {
        cards.put(href, new RemoteCard(href, "\"" + (++etags) + "\"", text, when));
    }

    @Override
    public Listing changes(String token) {
        Map<String, String> all = new LinkedHashMap<>();
        cards.forEach((h, c) -> all.put(h, c.etag()));
        return new Listing(all, java.util.Set.of(), true, null, "listing");
    }

    @Override
    public List<RemoteCard> fetch(Collection<String> hrefs) {
        List<RemoteCard> found = new ArrayList<>();
        for (String h : hrefs) {
            RemoteCard c = cards.get(h);
            if (c != null) {
                found.add(new RemoteCard(h, c.etag(), c.text(), null)); // like Radicale: no time in REPORT
            }
        }
        return found;
    }

    @Override
    public Optional<RemoteCard> get(String href) {
        return Optional.ofNullable(cards.get(href));
    }

    @Override
    public String put(String href, String vcard, String etag) {
        if (beforeNextPut != null) {
            Runnable r = beforeNextPut;
            beforeNextPut = null;
            r.run();
        }
        RemoteCard there = cards.get(href);
        if (etag == null ? there != null : there == null || !there.etag().equals(etag)) {
            preconditionFailures++;
            throw new DavException(412, "card changed on the server");
        }
        puts++;
        serverWrites(href, vcard, Instant.now());
        return cards.get(href).etag();
    }

    @Override
    public void delete(String href, String etag) {
        RemoteCard there = cards.get(href);
        if (there != null && etag != null && !there.etag().equals(etag)) {
            throw new DavException(412, "card changed on the server");
        }
        cards.remove(href);
    }

    @Override
    public String hrefFor(String fileName) {
        return "/book/" + fileName;
    }
}
