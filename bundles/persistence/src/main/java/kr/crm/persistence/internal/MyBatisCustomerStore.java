package kr.crm.persistence.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.crm.api.common.Page;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerQuery;
import kr.crm.api.security.AccountScope;
import kr.crm.api.store.CustomerStore;
import kr.crm.api.store.SearchKeys;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CustomerStore.class)
public final class MyBatisCustomerStore implements CustomerStore {
    /** Keys per query of {@link #findByKeys}: below 1,000, where MariaDB turns an IN list into a table. */
    private static final int CHUNK = 500;

    private final SqlSessions sessions;

    @Activate
    public MyBatisCustomerStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean insert(Customer customer, SearchKeys keys, String idempotencyKey) {
        return sessions.insertOnce(s -> s.getMapper(CustomerMapper.class).insert(customer, keys, idempotencyKey));
    }

    @Override
    public boolean insertAll(List<Customer> customers, List<SearchKeys> keys, List<String> idempotencyKeys) {
        if (customers.isEmpty()) {
            return true;
        }
        try {
            sessions.inBatch(s -> {
                CustomerMapper mapper = s.getMapper(CustomerMapper.class);
                for (int i = 0; i < customers.size(); i++) {
                    mapper.insert(customers.get(i), keys.get(i), idempotencyKeys.get(i));
                }
                return s.flushStatements();
            });
            return true;
        } catch (PersistenceException e) {
            if (Duplicates.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Map<String, Customer> findByIdempotencyKeys(Collection<String> idempotencyKeys) {
        Map<String, Customer> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(idempotencyKeys)) {
            sessions.read(s -> {
                CustomerMapper mapper = s.getMapper(CustomerMapper.class);
                Map<String, String> keyOf = new HashMap<>();
                mapper.keysByIdempotency(chunk).forEach(r -> keyOf.put((String) r.get("idem"), (String) r.get("customerKey")));
                if (!keyOf.isEmpty()) {
                    Map<String, Customer> byKey = new HashMap<>();
                    mapper.findByKeys(keyOf.values()).forEach(c -> byKey.put(c.key(), c));
                    keyOf.forEach((idem, key) -> found.put(idem, byKey.get(key)));
                }
                return null;
            });
        }
        return found;
    }

    @Override
    public Optional<Customer> findByKey(String key) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(CustomerMapper.class).findByKey(key)));
    }

    @Override
    public Map<String, Customer> findByKeys(Collection<String> keys) {
        Map<String, Customer> found = new HashMap<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(keys));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            sessions.read(s -> {
                CustomerMapper mapper = s.getMapper(CustomerMapper.class);
                Map<String, String> survivors = new HashMap<>();
                for (Map<String, Object> alias : mapper.aliases(chunk)) {
                    survivors.put(String.valueOf(alias.get("alias_key")), String.valueOf(alias.get("customer_key")));
                }
                Set<String> wanted = new HashSet<>();
                chunk.forEach(k -> wanted.add(survivors.getOrDefault(k, k)));
                Map<String, Customer> byKey = new HashMap<>();
                mapper.findByKeys(wanted).forEach(c -> byKey.put(c.key(), c));
                for (String k : chunk) {
                    Customer c = byKey.get(survivors.getOrDefault(k, k));
                    if (c != null) {
                        found.put(k, c);
                    }
                }
                return null;
            });
        }
        return found;
    }

    @Override
    public Optional<Customer> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(CustomerMapper.class)
                .findByIdempotencyKey(idempotencyKey)));
    }

    @Override
    public boolean update(Customer customer, SearchKeys keys, long expectedVersion) {
        return sessions.inTransaction(s -> s.getMapper(CustomerMapper.class)
                .update(customer, keys, expectedVersion) == 1);
    }

    @Override
    public Page<Customer> search(CustomerQuery q) {
        return search(q, AccountScope.everything());
    }

    @Override
    public Page<Customer> search(CustomerQuery q, AccountScope scope) {
        String nameLike = LikePattern.contains(q.text());
        return sessions.read(s -> {
            CustomerMapper mapper = s.getMapper(CustomerMapper.class);
            long total = mapper.count(q, nameLike, scope);
            var items = total == 0 ? List.<Customer>of()
                    : mapper.search(q, nameLike, scope, q.page().size(), q.page().offset());
            return new Page<>(items, q.page().page(), q.page().size(), total);
        });
    }
}
