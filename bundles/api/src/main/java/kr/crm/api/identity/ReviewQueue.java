package kr.crm.api.identity;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The uncertain matches an admin resolves: merge the two customers, or keep them apart. */
@ProviderType
public interface ReviewQueue {

    /** Open reviews, oldest first, at most {@code limit}. */
    List<MatchReview> open(int limit);

    /** Merges the party's customer into the candidate and closes the review. */
    MatchReview merge(long reviewId, String byUser);

    /** Closes the review, keeping the two customers apart. */
    MatchReview dismiss(long reviewId, String byUser);
}
