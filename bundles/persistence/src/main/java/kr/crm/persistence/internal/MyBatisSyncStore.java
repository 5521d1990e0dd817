package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.security.AccountScope;
import kr.crm.api.store.ContactIdentity;
import kr.crm.api.store.SyncCard;
import kr.crm.api.store.SyncStore;
import kr.crm.api.sync.SyncRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = SyncStore.class)
public final class MyBatisSyncStore implements SyncStore {
    private static final int IN_CHUNK = 1000;
    private final SqlSessions sessions;

    @Activate
    public MyBatisSyncStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Set<String> purgedCards(String addressBook) {
        return Set.copyOf(sessions.read(s -> s.getMapper(PrivacyMapper.class).purgedCards(addressBook)));
    }

    @Override
    public Optional<String> syncToken(String addressBook) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(SyncMapper.class).syncToken(addressBook)));
    }

    @Override
    public void saveSyncToken(String addressBook, String token) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        sessions.inTransaction(s -> s.getMapper(SyncMapper.class).saveSyncToken(addressBook, token, now));
    }

    @Override
    public List<SyncCard> cards(String addressBook) {
        return sessions.read(s -> s.getMapper(SyncMapper.class).cards(addressBook));
    }

    @Override
    public List<SyncCard> cards(String addressBook, Collection<String> hrefs) {
        List<SyncCard> found = new ArrayList<>();
        for (List<String> chunk : chunks(hrefs)) {
            found.addAll(sessions.read(s -> s.getMapper(SyncMapper.class).cardsByHref(addressBook, chunk)));
        }
        return found;
    }

    @Override
    public List<SyncCard> changedCards(String addressBook) {
        return sessions.read(s -> s.getMapper(SyncMapper.class).changedCards(addressBook));
    }

    @Override
    public Set<String> accountChangedCards(String addressBook) {
        return new HashSet<>(sessions.read(s -> s.getMapper(SyncMapper.class).accountChangedCards(addressBook)));
    }

    @Override
    public int cardCount(String addressBook) {
        return sessions.read(s -> s.getMapper(SyncMapper.class).cardCount(addressBook));
    }

    @Override
    public Set<String> linkedContacts(String addressBook, Collection<String> contactKeys) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(contactKeys)) {
            found.addAll(sessions.read(s -> s.getMapper(SyncMapper.class).linkedContacts(addressBook, chunk)));
        }
        return found;
    }

    @Override
    public Map<String, String> baseVcards(String addressBook, Collection<String> hrefs) {
        Map<String, String> bases = new HashMap<>();
        for (List<String> chunk : chunks(hrefs)) {
            sessions.read(s -> s.getMapper(SyncMapper.class).baseVcards(addressBook, chunk))
                    .forEach(c -> bases.put(c.href(), c.baseVcard()));
        }
        return bases;
    }

    /**
     * Deletes and inserts instead of {@code INSERT ... ON DUPLICATE KEY UPDATE}: Connector/J sends
     * the latter one statement per row, plain inserts and deletes go as one bulk each.
     */
    @Override
    public void saveCards(List<SyncCard> cards) {
        if (cards.isEmpty()) {
            return;
        }
        sessions.inBatch(s -> {
            SyncMapper mapper = s.getMapper(SyncMapper.class);
            for (int from = 0; from < cards.size(); from += IN_CHUNK) {
                List<SyncCard> chunk = cards.subList(from, Math.min(cards.size(), from + IN_CHUNK));
                mapper.deleteCards(chunk.get(0).addressBook(), chunk.stream().map(SyncCard::href).toList());
                chunk.forEach(mapper::insertCard);
            }
            return null;
        });
    }

    @Override
    public void deleteCard(String addressBook, String href) {
        sessions.inTransaction(s -> s.getMapper(SyncMapper.class).deleteCard(addressBook, href));
    }

    @Override
    public List<ContactPerson> selectedContacts(String ownerRep, Collection<String> grades) {
        return sessions.read(s -> s.getMapper(SyncMapper.class).selectedContacts(ownerRep, null, grades));
    }

    @Override
    public List<ContactPerson> unlinkedContacts(String addressBook, String ownerRep, Collection<String> grades) {
        return sessions.read(s -> s.getMapper(SyncMapper.class).unlinkedContacts(addressBook, ownerRep, null, grades));
    }

    @Override
    public List<ContactPerson> selectedContacts(AccountScope scope, Collection<String> grades) {
        return sessions.read(s -> s.getMapper(SyncMapper.class).selectedContacts(null, scope, grades));
    }

    @Override
    public List<ContactPerson> unlinkedContacts(String addressBook, AccountScope scope, Collection<String> grades) {
        return sessions.read(s -> s.getMapper(SyncMapper.class).unlinkedContacts(addressBook, null, scope, grades));
    }

    @Override
    public List<ContactPerson> contacts(Collection<String> contactKeys) {
        List<ContactPerson> found = new ArrayList<>();
        for (List<String> chunk : chunks(contactKeys)) {
            found.addAll(sessions.read(s -> s.getMapper(SyncMapper.class).contacts(chunk)));
        }
        return found;
    }

    @Override
    public List<ContactIdentity> contactIdentities(Collection<String> phoneKeys, Collection<String> emailKeys) {
        List<String> phones = phoneKeys == null ? List.of() : List.copyOf(phoneKeys);
        List<String> emails = emailKeys == null ? List.of() : List.copyOf(emailKeys);
        List<ContactIdentity> found = new ArrayList<>();
        for (int from = 0; from < Math.max(phones.size(), emails.size()); from += IN_CHUNK) {
            List<String> p = phones.subList(Math.min(from, phones.size()), Math.min(phones.size(), from + IN_CHUNK));
            List<String> e = emails.subList(Math.min(from, emails.size()), Math.min(emails.size(), from + IN_CHUNK));
            found.addAll(sessions.read(s -> s.getMapper(SyncMapper.class).contactIdentities(p, e)));
        }
        return found;
    }

    @Override
    public Map<String, String> accountsByNameKeys(Collection<String> nameKeys) {
        Map<String, String> found = new HashMap<>();
        List<String> all = nameKeys.stream().filter(k -> k != null).distinct().toList();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            for (Map<String, Object> row : sessions.read(s -> s.getMapper(SyncMapper.class).accountsByNameKeys(chunk))) {
                found.putIfAbsent((String) row.get("nameKey"), (String) row.get("customerKey"));
            }
        }
        return found;
    }

    @Override
    public Optional<String> accountByNameKey(String nameKey) {
        return nameKey == null ? Optional.empty()
                : Optional.ofNullable(sessions.read(s -> s.getMapper(SyncMapper.class).accountByNameKey(nameKey)));
    }

    @Override
    public Optional<String> accountByEmailDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            return Optional.empty();
        }
        String pattern = "%@" + domain.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return Optional.ofNullable(sessions.read(s -> s.getMapper(SyncMapper.class).accountByEmailDomain(pattern)));
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
        }
        return chunks;
    }

    @Override
    public long saveRun(SyncRun run) {
        return sessions.inTransaction(s -> {
            SyncMapper mapper = s.getMapper(SyncMapper.class);
            mapper.insertRun(SyncRunRow.of(run));
            return mapper.lastId();
        });
    }

    @Override
    public List<SyncRun> runs(String addressBook, int limit) {
        return sessions.read(s -> s.getMapper(SyncMapper.class).runs(addressBook, limit)).stream()
                .map(SyncRunRow::toRun).toList();
    }
}
