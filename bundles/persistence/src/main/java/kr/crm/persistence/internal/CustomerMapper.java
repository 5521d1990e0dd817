package kr.crm.persistence.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerQuery;
import kr.crm.api.store.SearchKeys;
import kr.crm.api.security.AccountScope;
import org.apache.ibatis.annotations.Param;

/** SQL in CustomerMapper.xml. */
public interface CustomerMapper {

    int insert(@Param("c") Customer customer, @Param("k") SearchKeys keys, @Param("idem") String idempotencyKey);

    Customer findByKey(@Param("key") String key);

    List<java.util.Map<String, Object>> keysByIdempotency(@Param("idems") java.util.Collection<String> idempotencyKeys);

    /** Rows of alias_key and customer_key for those of {@code keys} that are merged keys. */
    List<Map<String, Object>> aliases(@Param("keys") Collection<String> keys);

    /** The rows under exactly these keys. */
    List<Customer> findByKeys(@Param("keys") Collection<String> keys);

    Customer findByIdempotencyKey(@Param("idem") String idempotencyKey);

    int update(@Param("c") Customer customer, @Param("k") SearchKeys keys, @Param("expected") long expectedVersion);

    List<Customer> search(@Param("q") CustomerQuery query, @Param("nameLike") String nameLike,
            @Param("scope") AccountScope scope, @Param("limit") int limit, @Param("offset") long offset);

    long count(@Param("q") CustomerQuery query, @Param("nameLike") String nameLike, @Param("scope") AccountScope scope);
}
