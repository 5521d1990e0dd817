package kr.crm.api.analytics;

import java.util.Collection;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Customer measures: kept by full recomputes on a schedule and by incremental ones as orders arrive. */
@ProviderType
public interface AnalyticsService {

    /** The stored measures of a customer; a merged-away key answers its survivor's. */
    Optional<CustomerMeasures> measuresOf(String customerKey);

    /**
     * The interest signals of a customer from campaign opens and clicks; empty if it never opened or clicked one.
     * A merged-away key answers its survivor's.
     *
     * @since 0.3
     */
    default Optional<InterestSignals> interestOf(String customerKey) {
        return Optional.empty();
    }

    /** Ranks every customer anew, if no other recompute (on any node) holds the lease. */
    RecomputeResult recomputeAll();

    /**
     * Recomputes these customers (merged keys resolve to their survivor), scored against the cut
     * points of the last full recompute; without usable cut points it is a full recompute.
     */
    RecomputeResult recompute(Collection<String> customerKeys);

    /** The parameters in force. */
    AnalyticsSettings settings();
}
