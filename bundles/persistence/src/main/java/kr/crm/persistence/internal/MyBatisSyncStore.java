package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.crm.api.customer.ContactPerson;
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
    public void saveCard(SyncCard card) {
        sessions.inTransaction(s -> s.getMapper(SyncMapper.class).saveCard(card));
    }

    @Override
    public void deleteCard(String addressBook, String href) {
        sessions.inTransaction(s -> s.getMapper(SyncMapper.class).deleteCard(addressBook, href));
    }

    @Override
    public List<ContactPerson> selectedContacts(String ownerRep, Collection<String> grades) {
        return sessions.read(s -> s.getMapper(SyncMapper.class).selectedContacts(ownerRep, grades));
    }

    @Override
    public List<ContactPerson> contacts(Collection<String> contactKeys) {
        List<ContactPerson> found = new ArrayList<>();
        List<String> keys = List.copyOf(contactKeys);
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            found.addAll(sessions.read(s -> s.getMapper(SyncMapper.class).contacts(chunk)));
        }
        return found;
    }

    @Override
    public List<String> contactsByIdentity(Collection<String> phoneKeys, String emailKey) {
        if ((phoneKeys == null || phoneKeys.isEmpty()) && emailKey == null) {
            return List.of();
        }
        return sessions.read(s -> s.getMapper(SyncMapper.class).contactsByIdentity(phoneKeys, emailKey));
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
