package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.crm.api.store.IdentityKind;
import kr.crm.api.store.IdentityRow;
import org.apache.ibatis.annotations.Param;

/** SQL in IdentityMapper.xml. */
public interface IdentityMapper {

    int record(@Param("rows") List<IdentityRow> rows, @Param("seen") Instant seen);

    List<String> candidateKeys(@Param("values") Map<IdentityKind, String> values, @Param("limit") int limit);

    List<IdentityRow> rowsOf(@Param("keys") Collection<String> customerKeys);

    List<Map<String, Object>> sharedValues(@Param("afterKind") String afterKind,
            @Param("afterCanonical") String afterCanonical, @Param("limit") int limit);
}
