package kr.crm.persistence.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.common.PageRequest;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.store.ContactPersonStore;
import kr.crm.api.store.SearchKeys;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ContactPersonStore.class)
public final class MyBatisContactPersonStore implements ContactPersonStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisContactPersonStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean insert(ContactPerson person, SearchKeys keys, String idempotencyKey) {
        return sessions.insertOnce(s -> s.getMapper(ContactPersonMapper.class).insert(person, keys, idempotencyKey));
    }

    @Override
    public boolean insertAll(List<ContactPerson> persons, List<SearchKeys> keys, List<String> idempotencyKeys) {
        if (persons.isEmpty()) {
            return true;
        }
        try {
            return sessions.inBatch(s -> {
                ContactPersonMapper mapper = s.getMapper(ContactPersonMapper.class);
                for (int i = 0; i < persons.size(); i++) {
                    mapper.insert(persons.get(i), keys.get(i), idempotencyKeys.get(i));
                }
                s.flushStatements();
                return true;
            });
        } catch (PersistenceException e) {
            if (Duplicates.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Map<String, ContactPerson> findByIdempotencyKeys(Collection<String> idempotencyKeys) {
        List<String> all = idempotencyKeys.stream().filter(k -> k != null).distinct().toList();
        Map<String, ContactPerson> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            for (Map<String, Object> row : sessions.read(s -> s.getMapper(ContactPersonMapper.class)
                    .idempotencyKeys(chunk))) {
                String idem = (String) row.get("idem");
                sessions.read(s -> Optional.ofNullable(s.getMapper(ContactPersonMapper.class).findByKey(
                        (String) row.get("contactKey")))).ifPresent(p -> found.put(idem, p));
            }
        }
        return found;
    }

    @Override
    public Optional<ContactPerson> findByKey(String key) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ContactPersonMapper.class).findByKey(key)));
    }

    @Override
    public Optional<ContactPerson> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ContactPersonMapper.class)
                .findByIdempotencyKey(idempotencyKey)));
    }

    @Override
    public boolean update(ContactPerson person, SearchKeys keys, long expectedVersion) {
        return sessions.inTransaction(s -> s.getMapper(ContactPersonMapper.class)
                .update(person, keys, expectedVersion) == 1);
    }

    @Override
    public boolean delete(String key, long expectedVersion) {
        return sessions.inTransaction(s -> s.getMapper(ContactPersonMapper.class).delete(key, expectedVersion) == 1);
    }

    @Override
    public Page<ContactPerson> listForAccount(String accountKey, PageRequest page) {
        return sessions.read(s -> {
            ContactPersonMapper mapper = s.getMapper(ContactPersonMapper.class);
            long total = mapper.countForAccount(accountKey);
            List<ContactPerson> items = total == 0 ? List.of()
                    : mapper.listForAccount(accountKey, page.size(), page.offset());
            return new Page<>(items, page.page(), page.size(), total);
        });
    }
}
