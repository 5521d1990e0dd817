package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.crm.api.task.Task;
import kr.crm.api.task.TaskOutcome;
import org.apache.ibatis.annotations.Param;

/** SQL in TaskMapper.xml. */
public interface TaskMapper {

    int insertIgnore(@Param("t") Task task, @Param("at") Instant at);

    int cancelOpen(@Param("accounts") Collection<String> accountKeys, @Param("prefix") String rulePrefix, @Param("keep") String keep,
            @Param("at") Instant at);

    List<Map<String, Object>> open(@Param("rep") String rep, @Param("until") LocalDate until);

    List<Map<String, Object>> ofAccount(@Param("account") String accountKey);

    List<Map<String, Object>> done(@Param("rep") String rep, @Param("since") Instant since);

    Map<String, Object> find(@Param("id") long id);

    int complete(@Param("id") long id, @Param("version") long version, @Param("outcome") TaskOutcome outcome,
            @Param("note") String note, @Param("by") String by, @Param("at") Instant at);

    int insertAllIgnore(@Param("ts") List<Task> tasks, @Param("at") Instant at);

    List<Map<String, Object>> owners(@Param("accounts") Collection<String> accountKeys);

    List<Long> overdue(@Param("dueBefore") LocalDate dueBefore, @Param("limit") int limit);

    int markEscalated(@Param("ids") List<Long> ids, @Param("at") Instant at);

    List<Map<String, Object>> byIds(@Param("ids") List<Long> ids);

    List<Map<String, Object>> escalated(@Param("limit") int limit);

    List<Map<String, Object>> unplanned(@Param("grade") String grade, @Param("rule") String ruleId,
            @Param("doneSince") Instant doneSince, @Param("limit") int limit);
}
