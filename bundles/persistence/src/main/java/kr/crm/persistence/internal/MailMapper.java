package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.crm.api.mail.OutgoingMail;
import org.apache.ibatis.annotations.Param;

/** SQL in MailMapper.xml. */
public interface MailMapper {

    int insert(@Param("m") OutgoingMail mail, @Param("headers") String headers, @Param("messageId") String messageId,
            @Param("at") Instant at);

    Map<String, Object> byKey(@Param("key") String dedupeKey);

    List<Map<String, Object>> recent(@Param("category") String category, @Param("limit") int limit);

    List<Map<String, Object>> due(@Param("now") Instant now, @Param("limit") int limit);

    int markSent(@Param("id") long id, @Param("at") Instant at);

    int claim(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

    int markRetry(@Param("id") long id, @Param("error") String error, @Param("next") Instant next);

    int markFailed(@Param("id") long id, @Param("error") String error, @Param("at") Instant at);
}
