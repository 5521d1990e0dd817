package kr.crm.sync.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.customer.ContactPersonDraft;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.security.AccountScope;
import kr.crm.api.store.ContactIdentity;
import kr.crm.api.store.SyncCard;
import kr.crm.api.store.SyncStore;
import kr.crm.api.sync.SyncRun;

/** Contact persons and the sync's own tables in memory; every contact belongs in the book. */
final class FakeCrm implements ContactPersonService, SyncStore {
    final Map<String, ContactPerson> contacts = new LinkedHashMap<>();
    final Map<String, SyncCard> cards = new LinkedHashMap<>();
    final List<SyncRun> runs = new ArrayList<>();
    String token;
    /** Hrefs whose contact's account changed since the link (tests set it). */
    final Set<String> accountChanged = new java.util.HashSet<>();
    /** Hrefs whose contact the purge destroyed (tests set it). */
    final Set<String> purged = new java.util.HashSet<>();
    /** How often the whole book's links or selection were read. */
    int wholeBookReads;
    Instant clock = Instant.parse("2026-11-23T01:00:00Z");
    private int keys;

    Instant tick() {
        clock = clock.plusSeconds(60);
        return clock;
    }

    @Override
    public ContactPerson create(String accountKey, ContactPersonDraft d, String idempotencyKey) {
        String key = "P" + (++keys);
        ContactPerson p = ContactPerson.of(key, accountKey, d, 1, tick(), clock);
        contacts.put(key, p);
        return p;
    }

    @Override
    public Optional<ContactPerson> find(String key) {
        return Optional.ofNullable(contacts.get(key));
    }

    @Override
    public ContactPerson update(String key, long expectedVersion, ContactPersonDraft d) {
        ContactPerson p = find(key).orElseThrow(() -> new NotFoundException(key));
        if (p.version() != expectedVersion) {
            throw new StaleVersionException(key, p.version());
        }
        ContactPerson u = ContactPerson.of(key, p.accountKey(), d, expectedVersion + 1, p.createdAt(), tick());
        contacts.put(key, u);
        return u;
    }

    @Override
    public void delete(String key, long expectedVersion) {
        ContactPerson p = find(key).orElseThrow(() -> new NotFoundException(key));
        if (p.version() != expectedVersion) {
            throw new StaleVersionException(key, p.version());
        }
        contacts.remove(key);
    }

    @Override
    public Page<ContactPerson> listForAccount(String accountKey, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> syncToken(String addressBook) {
        return Optional.ofNullable(token);
    }

    @Override
    public void saveSyncToken(String addressBook, String t) {
        token = t;
    }

    @Override
    public List<SyncCard> cards(String addressBook) {
        wholeBookReads++;
        return linkRows();
    }

    private List<SyncCard> linkRows() {
        return cards.values().stream().map(c -> new SyncCard(c.addressBook(), c.href(), c.uid(), c.etag(),
                c.contactKey(), c.contactVersion(), null, c.syncedAt())).toList();
    }

    @Override
    public List<SyncCard> cards(String addressBook, Collection<String> hrefs) {
        return linkRows().stream().filter(c -> hrefs.contains(c.href())).toList();
    }

    @Override
    public List<SyncCard> changedCards(String addressBook) {
        return linkRows().stream().filter(c -> {
            ContactPerson p = contacts.get(c.contactKey());
            return p == null || p.version() != c.contactVersion();
        }).toList();
    }

    @Override
    public Set<String> accountChangedCards(String addressBook) {
        return Set.copyOf(accountChanged);
    }

    @Override
    public Set<String> purgedCards(String addressBook) {
        return Set.copyOf(purged);
    }

    @Override
    public int cardCount(String addressBook) {
        return cards.size();
    }

    @Override
    public Set<String> linkedContacts(String addressBook, Collection<String> contactKeys) {
        return cards.values().stream().map(SyncCard::contactKey).filter(contactKeys::contains).collect(Collectors.toSet());
    }

    @Override
    public List<ContactPerson> unlinkedContacts(String addressBook, String ownerRep, Collection<String> grades) {
        Set<String> linked = cards.values().stream().map(SyncCard::contactKey).collect(Collectors.toSet());
        return contacts.values().stream().filter(p -> !linked.contains(p.key())).toList();
    }

    @Override
    public Map<String, String> baseVcards(String addressBook, Collection<String> hrefs) {
        Map<String, String> bases = new LinkedHashMap<>();
        hrefs.forEach(h -> bases.put(h, cards.get(h).baseVcard()));
        return bases;
    }

    @Override
    public void saveCards(List<SyncCard> saved) {
        saved.forEach(c -> {
            cards.put(c.href(), c);
            accountChanged.remove(c.href());
        });
    }

    @Override
    public void deleteCard(String addressBook, String href) {
        cards.remove(href);
    }

    @Override
    public List<ContactPerson> selectedContacts(String ownerRep, Collection<String> grades) {
        wholeBookReads++;
        return List.copyOf(contacts.values());
    }

    @Override
    public List<ContactPerson> selectedContacts(AccountScope scope, Collection<String> grades) {
        return selectedContacts((String) null, grades);
    }

    @Override
    public List<ContactPerson> unlinkedContacts(String addressBook, AccountScope scope, Collection<String> grades) {
        return unlinkedContacts(addressBook, (String) null, grades);
    }

    @Override
    public List<ContactPerson> contacts(Collection<String> keys) {
        return keys.stream().map(contacts::get).filter(p -> p != null).toList();
    }

    @Override
    public List<ContactIdentity> contactIdentities(Collection<String> phoneKeys, Collection<String> emailKeys) {
        return List.of();
    }

    @Override
    public Map<String, String> accountsByNameKeys(Collection<String> nameKeys) {
        Map<String, String> found = new LinkedHashMap<>();
        nameKeys.forEach(k -> found.put(k, "C1"));
        return found;
    }

    @Override
    public Optional<String> accountByNameKey(String nameKey) {
        return Optional.of("C1");
    }

    @Override
    public Optional<String> accountByEmailDomain(String domain) {
        return Optional.empty();
    }

    @Override
    public long saveRun(SyncRun run) {
        runs.add(run);
        return runs.size();
    }

    @Override
    public List<SyncRun> runs(String addressBook, int limit) {
        return runs;
    }
}
