package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.crm.api.campaign.Campaign;
import kr.crm.api.campaign.SendLogEntry;
import kr.crm.api.store.CampaignStore.Freeze;
import org.apache.ibatis.annotations.Param;

/** SQL in CampaignMapper.xml. */
public interface CampaignMapper {

    int insert(@Param("c") Campaign campaign, @Param("row") ConsentMapper.GeneratedId row);

    Map<String, Object> find(@Param("id") long id);

    List<Map<String, Object>> list(@Param("limit") int limit);

    int changeState(@Param("id") long id, @Param("from") String from, @Param("to") String to, @Param("at") Instant at);

    int markLaunched(@Param("f") Freeze freeze);

    int setFrozen(@Param("id") long id, @Param("segmentSize") int segmentSize, @Param("frozen") int frozen);

    int segmentSize(@Param("segmentId") long segmentId);

    int freeze(@Param("f") Freeze freeze);

    List<Long> runnable(@Param("now") Instant now);

    List<Long> resendDue(@Param("now") Instant now);

    int markResend(@Param("id") long id, @Param("now") Instant now);

    int freezeResend(@Param("id") long id);

    int setResent(@Param("id") long id, @Param("resent") int resent);

    int releaseStale(@Param("campaignId") long campaignId);

    List<Map<String, Object>> due(@Param("campaignId") long campaignId, @Param("now") Instant now,
            @Param("limit") int limit);

    int claim(@Param("id") long id, @Param("at") Instant at);

    int finish(@Param("id") long id, @Param("state") String state, @Param("error") String error,
            @Param("bounced") boolean bounced, @Param("attempts") int attempts, @Param("at") Instant at);

    int hold(@Param("id") long id, @Param("notBefore") Instant notBefore, @Param("reason") String reason,
            @Param("attempts") int attempts);

    int log(@Param("e") SendLogEntry entry);

    int finishIfDone(@Param("id") long id, @Param("at") Instant at);

    Map<String, Object> counts(@Param("campaignId") long campaignId, @Param("now") Instant now);

    List<Map<String, Object>> recipients(@Param("campaignId") long campaignId, @Param("limit") int limit,
            @Param("offset") long offset);

    long recipientCount(@Param("campaignId") long campaignId);

    Map<String, Object> recipient(@Param("id") long id);

    List<Map<String, Object>> sendLog(@Param("recipientId") long recipientId);

    int event(@Param("id") long id, @Param("kind") String kind, @Param("url") String url, @Param("at") Instant at);

    int countOpen(@Param("id") long id, @Param("at") Instant at);

    int countClick(@Param("id") long id, @Param("at") Instant at);

    int insertBounce(@Param("key") String key, @Param("b") BounceRow bounce);

    int markBounced(@Param("id") long id, @Param("status") String status, @Param("error") String error,
            @Param("at") Instant at);

    int suppress(@Param("id") long id, @Param("addressKey") String addressKey, @Param("status") String status,
            @Param("at") Instant at);

    List<Map<String, Object>> bounces(@Param("campaignId") long campaignId, @Param("recipientId") Long recipientId,
            @Param("limit") int limit);

    int suppressed(@Param("addressKey") String addressKey);

    /** A bounce report with its kind as text, for the insert. */
    record BounceRow(Long campaignId, Long recipientId, String kind, String status, String action, String diagnostic,
            Instant reportedAt, Instant recordedAt) {
    }
}
