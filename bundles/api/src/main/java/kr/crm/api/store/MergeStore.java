package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.crm.api.identity.Merge;
import kr.crm.api.identity.SourcedValue;
import org.osgi.annotation.versioning.ProviderType;

/** Storage of merges. Each write is one transaction that locks the customers involved. */
@ProviderType
public interface MergeStore {

    /**
     * @return the merge, or empty if either customer was merged (or changed kind) concurrently
     */
    Optional<Merge> merge(String survivorKey, String mergedKey, String reason, String byUser, Instant at);

    /** @return the undone merge, or empty if it was undone already */
    Optional<Merge> undo(long mergeId, String byUser, Instant at);

    Optional<Merge> find(long mergeId);

    List<Merge> mergesOf(String customerKey);

    List<String> aliasesOf(String customerKey);

    List<SourcedValue> valuesOf(String customerKey);
}
