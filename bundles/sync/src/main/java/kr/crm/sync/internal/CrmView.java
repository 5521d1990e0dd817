package kr.crm.sync.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.store.SyncCard;
import kr.crm.api.security.AccountScope;
import kr.crm.api.store.SyncStore;
import kr.crm.api.sync.AddressBook;

/**
 * What one run knows of the CRM side of an address book: the card links it may touch, the contacts
 * they point to, and the selected contacts that may need a new card.
 *
 * <p>Loaded in full when the server lists every card (no sync token yet, a server without
 * sync-collection, an invalid token): then a stored link missing from the listing is a card
 * deleted on the server. Otherwise only what can have changed is read: the links whose contact was
 * edited or deleted in the CRM or whose account changed, the links of the cards the server reports,
 * and the selected contacts with no card, so that a run with nothing to do reads a few rows instead
 * of the book.
 */
final class CrmView {
    /** href to link; the run adds and removes links as it goes. */
    final Map<String, SyncCard> links = new LinkedHashMap<>();
    /** contact key to href, for the links above. */
    final Map<String, String> linkedContacts = new HashMap<>();
    /** The contacts of the links above that still exist, and the selected contacts, by key. */
    final Map<String, ContactPerson> local = new HashMap<>();
    /** Selected contacts, of which those without a link get a new card. */
    final List<ContactPerson> selected;
    /** Links whose contact's account changed since they were stored (its name may be the card's ORG). */
    final Set<String> accountChanged;
    private final SyncStore store;
    private final String book;
    private final boolean partial;
    private final int linkCount;

    private CrmView(SyncStore store, String book, List<SyncCard> links, List<ContactPerson> selected,
            Set<String> accountChanged, boolean partial, int linkCount) {
        this.store = store;
        this.book = book;
        this.selected = selected;
        this.accountChanged = accountChanged;
        this.partial = partial;
        this.linkCount = linkCount;
        links.forEach(this::put);
        selected.forEach(p -> local.put(p.key(), p));
        readContactsOfLinks();
    }

    /** Every link of the book and every selected contact. */
    static CrmView full(SyncStore store, AddressBook book, AccountScope scope) {
        List<SyncCard> links = store.cards(book.name());
        List<ContactPerson> selected = book.direction().intoGroupware()
                ? selected(store, scope, book) : List.of();
        return new CrmView(store, book.name(), links, selected, store.accountChangedCards(book.name()), false,
                links.size());
    }

    /**
     * The links whose contact changed or was deleted or whose account changed, and the selected
     * contacts without a card.
     */
    static CrmView changes(SyncStore store, AddressBook book, AccountScope scope) {
        List<SyncCard> links = new ArrayList<>(store.changedCards(book.name()));
        Set<String> accountChanged = store.accountChangedCards(book.name());
        Set<String> more = new HashSet<>(accountChanged);
        links.forEach(l -> more.remove(l.href()));
        if (!more.isEmpty()) {
            links.addAll(store.cards(book.name(), more));
        }
        List<ContactPerson> unlinked = book.direction().intoGroupware()
                ? unlinked(store, scope, book) : List.of();
        return new CrmView(store, book.name(), links, unlinked, accountChanged, true, store.cardCount(book.name()));
    }

    private static List<ContactPerson> selected(SyncStore store, AccountScope scope, AddressBook book) {
        return scope == null ? store.selectedContacts((String) null, book.grades())
                : store.selectedContacts(scope, book.grades());
    }

    private static List<ContactPerson> unlinked(SyncStore store, AccountScope scope, AddressBook book) {
        return scope == null ? store.unlinkedContacts(book.name(), (String) null, book.grades())
                : store.unlinkedContacts(book.name(), scope, book.grades());
    }

    /** True if only what changed was read; {@link #include} must then add the server's changes. */
    boolean partial() {
        return partial;
    }

    /** How many cards the book linked when the run began (the delete guard's base). */
    int linkCount() {
        return linkCount;
    }

    /** Adds the links of the cards the server reports as changed or removed, and their contacts. */
    void include(Listing listing) {
        Set<String> hrefs = new HashSet<>(listing.changed().keySet());
        hrefs.addAll(listing.removed());
        hrefs.removeAll(links.keySet());
        if (!hrefs.isEmpty()) {
            store.cards(book, hrefs).forEach(this::put);
            readContactsOfLinks();
        }
    }

    /**
     * Of these contacts, those linked to a card of the book that this view did not read (none when
     * it read every link). Links made or removed by this run must be stored before asking.
     */
    Set<String> linkedElsewhere(Collection<String> contactKeys) {
        if (!partial || contactKeys.isEmpty()) {
            return Set.of();
        }
        Set<String> unread = new HashSet<>(contactKeys);
        unread.removeAll(linkedContacts.keySet());
        return unread.isEmpty() ? Set.of() : store.linkedContacts(book, unread);
    }

    private void put(SyncCard link) {
        links.put(link.href(), link);
        linkedContacts.put(link.contactKey(), link.href());
    }

    private void readContactsOfLinks() {
        List<String> missing = linkedContacts.keySet().stream().filter(k -> !local.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            store.contacts(missing).forEach(p -> local.put(p.key(), p));
        }
    }
}
