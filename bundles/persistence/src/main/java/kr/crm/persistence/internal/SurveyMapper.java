package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.crm.api.service.SurveyResult;
import org.apache.ibatis.annotations.Param;

/** SQL in SurveyMapper.xml. */
public interface SurveyMapper {

    int insert(@Param("a") SurveyResult answer);

    Map<String, Object> find(@Param("id") long requestId, @Param("resolvedAt") Instant resolvedAt);

    List<Map<String, Object>> ofRequest(@Param("id") long requestId);

    List<Map<String, Object>> report(@Param("byAssignee") boolean byAssignee, @Param("from") Instant from,
            @Param("to") Instant to, @Param("type") String type, @Param("low") int low);
}
