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

    int insertIgnore(@Param("r") IdentityRow row, @Param("seen") Instant seen);

    int touch(@Param("r") IdentityRow row, @Param("seen") Instant seen, @Param("dayStart") Instant dayStart);

    List<String> holderKeys(@Param("values") Map<IdentityKind, List<String>> values);

    List<IdentityRow> rowsOf(@Param("keys") Collection<String> customerKeys);

    List<Map<String, Object>> sharedValues(@Param("afterKind") String afterKind,
            @Param("afterCanonical") String afterCanonical, @Param("limit") int limit);
}
