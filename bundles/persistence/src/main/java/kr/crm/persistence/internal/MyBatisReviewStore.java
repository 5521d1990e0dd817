package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.identity.MatchReview;
import kr.crm.api.identity.ReviewStatus;
import kr.crm.api.store.ReviewStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ReviewStore.class)
public final class MyBatisReviewStore implements ReviewStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisReviewStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void enqueue(String customerKey, String candidateKey, String source, int score, String rule, Instant at) {
        sessions.inTransaction(s -> s.getMapper(ReviewMapper.class)
                .enqueue(customerKey, candidateKey, source, score, rule, at));
    }

    /** One multi-row statement per 1,000 pairs, in one transaction. */
    @Override
    public void enqueueAll(List<Candidate> pairs, String source, Instant at) {
        if (pairs.isEmpty()) {
            return;
        }
        sessions.inTransaction(s -> {
            ReviewMapper m = s.getMapper(ReviewMapper.class);
            Chunks.of(pairs).forEach(chunk -> m.enqueueAll(chunk, source, at));
            return null;
        });
    }

    @Override
    public List<MatchReview> open(int limit) {
        return sessions.read(s -> s.getMapper(ReviewMapper.class).open(limit));
    }

    @Override
    public Optional<MatchReview> find(long id) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ReviewMapper.class).find(id)));
    }

    @Override
    public boolean close(long id, ReviewStatus status, String byUser, Instant at) {
        return sessions.inTransaction(s -> s.getMapper(ReviewMapper.class).close(id, status, byUser, at)) == 1;
    }
}
