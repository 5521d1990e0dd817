package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.identity.MatchReview;
import kr.crm.api.identity.ReviewStatus;
import org.osgi.annotation.versioning.ProviderType;

/** Storage of the review queue. */
@ProviderType
public interface ReviewStore {

    /** Queues a pair unless it is queued already. */
    void enqueue(String customerKey, String candidateKey, String source, int score, String rule, Instant at);

    /** A pair to queue: {@code customerKey} may be {@code candidateKey}, by {@code rule} with {@code score}. */
    record Candidate(String customerKey, String candidateKey, int score, String rule) {
    }

    /** Queues each pair unless it is queued already; the store may write them in one statement. */
    default void enqueueAll(List<Candidate> pairs, String source, Instant at) {
        pairs.forEach(p -> enqueue(p.customerKey(), p.candidateKey(), source, p.score(), p.rule(), at));
    }

    List<MatchReview> open(int limit);

    Optional<MatchReview> find(long id);

    /** Closes an open review. @return false if it was closed already */
    boolean close(long id, ReviewStatus status, String byUser, Instant at);
}
