package kr.crm.sync.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.store.SyncCard;
import kr.crm.api.store.SyncStore;

/**
 * The card links of one run as it changes them: which card is linked to which contact, with the
 * card both sides last agreed on (the merge base). New links are stored in chunks; a removed link
 * is deleted at once, so that the database never links a card the run has let go.
 */
final class LinkLedger {
    private static final int CHUNK = 500;

    private final SyncStore store;
    private final String book;
    private final Clock clock;
    private final CrmView view;
    private final Map<String, String> bases = new HashMap<>();
    private final Map<String, SyncCard> pending = new LinkedHashMap<>();
    private final Set<String> deletedContacts = new HashSet<>();
    private final Set<String> linkedElsewhere = new HashSet<>();

    LinkLedger(SyncStore store, String book, Clock clock, CrmView view) {
        this.store = store;
        this.book = book;
        this.clock = clock;
        this.view = view;
    }

    /** href to link, as the run knows them (see {@link CrmView}). */
    Map<String, SyncCard> links() {
        return view.links;
    }

    SyncCard linkOf(String href) {
        return view.links.get(href);
    }

    /** True if the contact is linked to a card of the book, by this run or before it. */
    boolean isLinked(String contactKey) {
        return view.linkedContacts.containsKey(contactKey) || linkedElsewhere.contains(contactKey);
    }

    /** Asks the database which of these contacts are linked to cards the run did not read. */
    void learnLinks(Collection<String> contactKeys) {
        flush();
        linkedElsewhere.addAll(view.linkedElsewhere(contactKeys));
    }

    void contactDeleted(String contactKey) {
        deletedContacts.add(contactKey);
    }

    boolean isDeleted(String contactKey) {
        return deletedContacts.contains(contactKey);
    }

    /** Reads the merge bases of these links at once. */
    void readBases(List<String> hrefs) {
        if (!hrefs.isEmpty()) {
            bases.putAll(store.baseVcards(book, hrefs));
        }
    }

    /** The card both sides last agreed on. */
    String baseOf(SyncCard link) {
        if (link.baseVcard() != null) {
            return link.baseVcard();
        }
        return bases.computeIfAbsent(link.href(), h -> store.baseVcards(book, List.of(h)).get(h));
    }

    /** Links a card to a contact with {@code text} as the new merge base. */
    void link(String href, String uid, String etag, ContactPerson contact, String text) {
        SyncCard old = view.links.get(href);
        if (old != null && !old.contactKey().equals(contact.key())) {
            view.linkedContacts.remove(old.contactKey());
        }
        SyncCard card = new SyncCard(book, href, uid, etag, contact.key(), contact.version(), text, now());
        view.links.put(href, card);
        bases.put(href, text);
        view.linkedContacts.put(contact.key(), href);
        pending.put(href, card);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /** Removes a link, from the database too. */
    void forget(SyncCard link) {
        pending.remove(link.href());
        store.deleteCard(book, link.href());
        view.links.remove(link.href());
        bases.remove(link.href());
        view.linkedContacts.remove(link.contactKey());
    }

    /** Stores the links made since the last flush, in one transaction. */
    void flush() {
        if (!pending.isEmpty()) {
            store.saveCards(List.copyOf(pending.values()));
            pending.clear();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
