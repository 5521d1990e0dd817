package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import kr.crm.api.identity.MatchReview;
import kr.crm.api.identity.ReviewStatus;
import kr.crm.api.store.ReviewStore;
import org.apache.ibatis.annotations.Param;

/** SQL in ReviewMapper.xml. */
public interface ReviewMapper {

    int enqueue(@Param("customer") String customerKey, @Param("candidate") String candidateKey,
            @Param("source") String source, @Param("score") int score, @Param("rule") String rule, @Param("at") Instant at);

    int enqueueAll(@Param("pairs") List<ReviewStore.Candidate> pairs, @Param("source") String source,
            @Param("at") Instant at);

    List<MatchReview> open(@Param("limit") int limit);

    MatchReview find(@Param("id") long id);

    int close(@Param("id") long id, @Param("status") ReviewStatus status, @Param("by") String by, @Param("at") Instant at);
}
