package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Param;

/** SQL in ServiceReportMapper.xml. */
public interface ServiceReportMapper {

    List<Map<String, Object>> backlog(@Param("from") Instant from, @Param("to") Instant to, @Param("type") String type,
            @Param("team") String team, @Param("assignee") String assignee, @Param("now") Instant now);

    List<Map<String, Object>> sla(@Param("from") Instant from, @Param("to") Instant to, @Param("type") String type,
            @Param("team") String team, @Param("assignee") String assignee, @Param("now") Instant now);

    List<Map<String, Object>> satisfactionByMonth(@Param("from") Instant from, @Param("to") Instant to,
            @Param("type") String type, @Param("team") String team, @Param("assignee") String assignee,
            @Param("low") int low, @Param("offsetSeconds") int offsetSeconds);

    List<Map<String, Object>> topTopics(@Param("from") Instant from, @Param("to") Instant to,
            @Param("type") String type, @Param("team") String team, @Param("assignee") String assignee,
            @Param("accounts") int accounts);
}
