package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.service.SatisfactionGroup;
import kr.crm.api.service.SatisfactionRow;
import kr.crm.api.service.SurveyResult;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Satisfaction survey answers, one per request and resolution (the database refuses a second).
 *
 * @since 2.5
 */
@ProviderType
public interface SurveyStore {

    /** Stores an answer (its {@code requestId}, {@code resolvedAt} are the key). @return false if that resolution has one */
    boolean insert(SurveyResult answer);

    /** The answer to one resolution of a request. */
    Optional<SurveyResult> find(long requestId, Instant resolvedAt);

    /** Every answer of a request, oldest first. */
    List<SurveyResult> ofRequest(long requestId);

    /**
     * Answers given in [{@code from}, {@code to}), grouped in SQL, optionally of one type only.
     *
     * @param lowScore scores at or under it count as low
     */
    List<SatisfactionRow> report(SatisfactionGroup by, Instant from, Instant to, String type, int lowScore);
}
