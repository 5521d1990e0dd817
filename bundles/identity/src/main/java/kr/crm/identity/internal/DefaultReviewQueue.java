package kr.crm.identity.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.identity.MatchReview;
import kr.crm.api.identity.MergeService;
import kr.crm.api.identity.ReviewQueue;
import kr.crm.api.identity.ReviewStatus;
import kr.crm.api.store.ReviewStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ReviewQueue.class)
public final class DefaultReviewQueue implements ReviewQueue {
    private final ReviewStore reviews;
    private final MergeService merges;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DefaultReviewQueue(@Reference ReviewStore reviews, @Reference MergeService merges) {
        this.reviews = reviews;
        this.merges = merges;
    }

    @Override
    public List<MatchReview> open(int limit) {
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "must be between 1 and 500");
        }
        return reviews.open(limit);
    }

    @Override
    public MatchReview merge(long reviewId, String byUser) {
        MatchReview review = openReview(reviewId);
        merges.merge(review.candidateKey(), review.customerKey(),
                "review " + reviewId + ": " + review.rule() + " score " + review.score(), byUser);
        return close(review, ReviewStatus.MERGED, byUser);
    }

    @Override
    public MatchReview dismiss(long reviewId, String byUser) {
        return close(openReview(reviewId), ReviewStatus.DISMISSED, byUser);
    }

    private MatchReview openReview(long id) {
        MatchReview review = reviews.find(id).orElseThrow(() -> new NotFoundException("review " + id));
        if (review.status() != ReviewStatus.OPEN) {
            throw new ValidationException("reviewId", "is " + review.status() + " already");
        }
        return review;
    }

    private MatchReview close(MatchReview review, ReviewStatus status, String byUser) {
        if (!reviews.close(review.id(), status, byUser, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            throw new ValidationException("reviewId", "was resolved by someone else meanwhile");
        }
        return reviews.find(review.id()).orElseThrow();
    }
}
