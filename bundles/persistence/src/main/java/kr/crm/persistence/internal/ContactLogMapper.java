package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.crm.api.contactlog.ComplaintStatus;
import kr.crm.api.contactlog.ContactLogDraft;
import org.apache.ibatis.annotations.Param;

/** SQL in ContactLogMapper.xml. */
public interface ContactLogMapper {

    /** Holder of the generated id. */
    final class NewRow {
        public Long id;
    }

    int insert(@Param("row") NewRow row, @Param("d") ContactLogDraft draft, @Param("occurredAt") Instant occurredAt,
            @Param("taskId") Long taskId, @Param("author") String author, @Param("idempotencyKey") String idempotencyKey,
            @Param("at") Instant at);

    Map<String, Object> find(@Param("id") long id);

    Map<String, Object> findByIdempotencyKey(@Param("key") String key);

    boolean claimsTask(@Param("task") String task);

    Long lockVersion(@Param("id") long id);

    int keepRevision(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);

    int update(@Param("id") long id, @Param("version") long version, @Param("d") ContactLogDraft draft,
            @Param("occurredAt") Instant occurredAt, @Param("by") String by, @Param("at") Instant at);

    int setStatus(@Param("id") long id, @Param("version") long version, @Param("status") ComplaintStatus status,
            @Param("by") String by, @Param("at") Instant at);

    int softDelete(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);

    List<Map<String, Object>> revisions(@Param("id") long id);

    List<Map<String, Object>> ofAccount(@Param("account") String account, @Param("offset") long offset,
            @Param("limit") int limit);

    long countOfAccount(@Param("account") String account);

    List<Map<String, Object>> openComplaints(@Param("account") String account);
}
