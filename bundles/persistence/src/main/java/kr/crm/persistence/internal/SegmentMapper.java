package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.crm.api.security.AccountScope;
import org.apache.ibatis.annotations.Param;

/** SQL in SegmentMapper.xml; the rule selections are run by name with a parameter map. */
public interface SegmentMapper {

    int create(Map<String, Object> row);

    int update(@Param("id") long id, @Param("version") long version, @Param("name") String name,
            @Param("description") String description, @Param("conditions") String conditions,
            @Param("user") String user, @Param("at") Instant at);

    int delete(@Param("id") long id);

    int enter(@Param("id") long id, @Param("key") String key, @Param("at") Instant at);

    int leave(@Param("id") long id, @Param("key") String key);

    int record(@Param("id") long id, @Param("key") String key, @Param("change") String change,
            @Param("at") Instant at);

    List<Map<String, Object>> memberPage(@Param("id") long id, @Param("limit") int limit, @Param("offset") long offset,
            @Param("scope") AccountScope scope);

    long memberCount(@Param("id") long id, @Param("scope") AccountScope scope);

    List<Map<String, Object>> history(@Param("id") long id, @Param("limit") int limit);

    List<Long> segmentsOf(@Param("key") String key);
}
