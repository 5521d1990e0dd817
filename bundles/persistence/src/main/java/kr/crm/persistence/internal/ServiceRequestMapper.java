package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.crm.api.security.AccountScope;
import kr.crm.api.service.Attachment;
import kr.crm.api.service.ChangeKind;
import kr.crm.api.service.RequestQuery;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.Requester;
import kr.crm.api.service.ServiceRequestDraft;
import kr.crm.api.service.SlaState;
import org.apache.ibatis.annotations.Param;

/** SQL in ServiceRequestMapper.xml. */
public interface ServiceRequestMapper {

    /** Holder of the generated id. */
    final class NewRow {
        public Long id;
    }

    int insert(@Param("row") NewRow row, @Param("d") ServiceRequestDraft draft, @Param("requester") Requester requester,
            @Param("status") RequestStatus status,
            @Param("contactLogId") Long contactLogId, @Param("receivedAt") Instant receivedAt,
            @Param("firstResponseDue") Instant firstResponseDue, @Param("resolutionDue") Instant resolutionDue,
            @Param("by") String by, @Param("idempotencyKey") String idempotencyKey, @Param("at") Instant at);

    int addChange(@Param("id") long id, @Param("kind") ChangeKind kind, @Param("from") RequestStatus from,
            @Param("to") RequestStatus to, @Param("comment") String comment, @Param("visible") boolean visible,
            @Param("by") String by, @Param("at") Instant at);

    int addAttachment(@Param("id") long id, @Param("a") Attachment attachment, @Param("size") int size,
            @Param("at") Instant at);

    Map<String, Object> requester(@Param("id") long id);

    List<Map<String, Object>> attachments(@Param("id") long id);

    Map<String, Object> attachment(@Param("requestId") long requestId, @Param("id") long id);

    Map<String, Object> find(@Param("id") long id);

    Map<String, Object> findByIdempotencyKey(@Param("key") String key);

    Map<String, Object> findByContactLog(@Param("id") long id);

    int changeStatus(@Param("id") long id, @Param("version") long version, @Param("from") RequestStatus from,
            @Param("to") RequestStatus to, @Param("firstResponse") boolean firstResponse, @Param("by") String by,
            @Param("at") Instant at, @Param("resolutionDue") Instant resolutionDue);

    int assign(@Param("id") long id, @Param("version") long version, @Param("assignee") String assignee,
            @Param("team") String team, @Param("from") RequestStatus from, @Param("to") RequestStatus to,
            @Param("by") String by, @Param("at") Instant at);

    int markResponded(@Param("id") long id, @Param("at") Instant at);

    List<Map<String, Object>> history(@Param("id") long id);

    List<Map<String, Object>> ofAccount(@Param("account") String account, @Param("openOnly") boolean openOnly);

    List<Map<String, Object>> search(@Param("status") RequestStatus status, @Param("type") String type,
            @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("status") RequestStatus status, @Param("type") String type);

    /** {@code scope} is the query's own, passed apart because the shared fragment TeamMapper.visible names it so. */
    List<Map<String, Object>> query(@Param("q") RequestQuery query, @Param("scope") AccountScope scope,
            @Param("offset") long offset, @Param("limit") int limit);

    long countQuery(@Param("q") RequestQuery query, @Param("scope") AccountScope scope);

    List<String> accountsWithUnlinkedComplaints(@Param("limit") int limit);

    int classify(@Param("id") long id, @Param("version") long version, @Param("topic") String topic,
            @Param("by") String by, @Param("at") Instant at);

    List<Map<String, Object>> open(@Param("afterId") long afterId, @Param("limit") int limit);

    int flag(@Param("id") long id, @Param("state") SlaState state);

    int escalate(@Param("id") long id, @Param("to") String to, @Param("at") Instant at);

    List<Map<String, Object>> escalated();
}
