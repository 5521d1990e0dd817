package kr.crm.sync.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An address book in memory that answers like a CardDAV server: with a full ETag listing on every
 * run, or, when made with {@code syncCollection}, with sync tokens (RFC 6578) that name what
 * changed since.
 */
final class FakeDav implements CardDav {
    final Map<String, RemoteCard> cards = new LinkedHashMap<>();
    Runnable beforeNextPut;
    int puts;
    int preconditionFailures;
    private final boolean syncCollection;
    /** href to the change number of its last write or delete (sync-collection only). */
    private final Map<String, Integer> changedAt = new LinkedHashMap<>();
    private int etags;

    FakeDav(boolean syncCollection) {
        this.syncCollection = syncCollection;
    }

    void serverWrites(String href, String text, Instant when) {
        cards.put(href, new RemoteCard(href, "\"" + (++etags) + "\"", text, when));
        changedAt.put(href, etags);
    }

    void serverDeletes(String href) {
        cards.remove(href);
        changedAt.put(href, ++etags);
    }

    @Override
    public Listing changes(String token) {
        Map<String, String> changed = new LinkedHashMap<>();
        if (!syncCollection || token == null) {
            cards.forEach((h, c) -> changed.put(h, c.etag()));
            return new Listing(changed, Set.of(), true, syncCollection ? "t" + etags : null,
                    syncCollection ? "full" : "listing");
        }
        int since = Integer.parseInt(token.substring(1));
        Set<String> removed = new HashSet<>();
        changedAt.forEach((h, n) -> {
            if (n > since) {
                if (cards.containsKey(h)) {
                    changed.put(h, cards.get(h).etag());
                } else {
                    removed.add(h);
                }
            }
        });
        return new Listing(changed, removed, false, "t" + etags, "incremental");
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
        serverDeletes(href);
    }

    @Override
    public String hrefFor(String fileName) {
        return "/book/" + fileName;
    }
}
