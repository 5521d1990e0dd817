package kr.crm.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.identity.MatchReview;
import kr.crm.api.identity.ReviewStatus;
import kr.crm.api.store.ReviewStore;

/** A review queue for unit tests that records each queued pair as {@code customer>candidate}. */
record RecordingReviews(List<String> queued) implements ReviewStore {
    @Override
    public void enqueue(String customerKey, String candidateKey, String source, int score, String rule, Instant at) {
        queued.add(customerKey + ">" + candidateKey);
    }

    @Override
    public List<MatchReview> open(int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<MatchReview> find(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean close(long id, ReviewStatus status, String byUser, Instant at) {
        throw new UnsupportedOperationException();
    }
}
