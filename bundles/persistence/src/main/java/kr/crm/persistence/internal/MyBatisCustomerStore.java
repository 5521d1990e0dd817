package kr.crm.persistence.internal;

import java.util.Optional;
import kr.crm.api.common.Page;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerQuery;
import kr.crm.api.store.CustomerStore;
import kr.crm.api.store.SearchKeys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CustomerStore.class)
public final class MyBatisCustomerStore implements CustomerStore {
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
    public Optional<Customer> findByKey(String key) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(CustomerMapper.class).findByKey(key)));
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
        String nameLike = LikePattern.contains(q.text());
        return sessions.read(s -> {
            CustomerMapper mapper = s.getMapper(CustomerMapper.class);
            long total = mapper.count(q, nameLike);
            var items = total == 0 ? java.util.List.<Customer>of()
                    : mapper.search(q, nameLike, q.page().size(), q.page().offset());
            return new Page<>(items, q.page().page(), q.page().size(), total);
        });
    }
}
