package kr.crm.persistence.internal;

import java.util.List;
import kr.crm.api.customer.ContactPerson;
import kr.crm.api.store.SearchKeys;
import org.apache.ibatis.annotations.Param;

/** SQL in ContactPersonMapper.xml. */
public interface ContactPersonMapper {

    int insert(@Param("p") ContactPerson person, @Param("k") SearchKeys keys, @Param("idem") String idempotencyKey);

    ContactPerson findByKey(@Param("key") String key);

    ContactPerson findByIdempotencyKey(@Param("idem") String idempotencyKey);

    /** Rows {@code idem}, {@code contactKey} of the contacts with these idempotency keys. */
    List<java.util.Map<String, Object>> idempotencyKeys(@Param("keys") java.util.Collection<String> keys);

    int update(@Param("p") ContactPerson person, @Param("k") SearchKeys keys, @Param("expected") long expectedVersion);

    List<ContactPerson> listForAccount(@Param("account") String accountKey, @Param("limit") int limit,
            @Param("offset") long offset);

    int delete(@Param("key") String key, @Param("expected") long expectedVersion);

    long countForAccount(@Param("account") String accountKey);
}
