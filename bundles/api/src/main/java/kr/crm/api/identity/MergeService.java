package kr.crm.api.identity;

import java.util.List;
import kr.crm.api.common.NotFoundException;
import kr.crm.api.common.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/** Merging customers found to be the same, and undoing it. */
@ProviderType
public interface MergeService {

    /**
     * Moves everything of {@code mergedKey} (orders, contact persons, identity values) to
     * {@code survivorKey} in one transaction and makes {@code mergedKey} an alias of it.
     *
     * @throws ValidationException if the keys are the same, of different kinds, or one is merged already
     * @throws NotFoundException if a key does not exist
     */
    Merge merge(String survivorKey, String mergedKey, String reason, String byUser);

    /** Moves back exactly what the merge moved; what arrived on the survivor since stays there. */
    Merge undo(long mergeId, String byUser);

    /** Merges in which the customer took part, newest first. */
    List<Merge> mergesOf(String customerKey);

    /** The customer's aliases and what every source said about it. */
    CustomerSources sourcesOf(String customerKey);
}
