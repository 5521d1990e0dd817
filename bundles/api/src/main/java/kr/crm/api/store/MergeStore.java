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

    /** One merge of a batch: {@code mergedKey} into {@code survivorKey}, for {@code reason}. */
    record Planned(String survivorKey, String mergedKey, String reason) {
    }

    /**
     * Merges a batch in order, each merge recorded with its items as {@link #merge} records it (so each
     * can be undone on its own); the store may write the whole batch in one transaction. A merge whose
     * customers are missing, merged away, the same or of different kinds at its turn is skipped, and so
     * is every later merge that shares a customer with a skipped one (it counted on it).
     *
     * @return for each planned merge, in order, whether it was made
     */
    default List<Boolean> mergeAll(List<Planned> batch, String byUser, Instant at) {
        java.util.Set<String> held = new java.util.HashSet<>();
        List<Boolean> made = new java.util.ArrayList<>(batch.size());
        for (Planned p : batch) {
            boolean ok = !held.contains(p.survivorKey()) && !held.contains(p.mergedKey())
                    && merge(p.survivorKey(), p.mergedKey(), p.reason(), byUser, at).isPresent();
            if (!ok) {
                held.add(p.survivorKey());
                held.add(p.mergedKey());
            }
            made.add(ok);
        }
        return made;
    }

    /** @return the undone merge, or empty if it was undone already */
    Optional<Merge> undo(long mergeId, String byUser, Instant at);

    Optional<Merge> find(long mergeId);

    List<Merge> mergesOf(String customerKey);

    List<String> aliasesOf(String customerKey);

    List<SourcedValue> valuesOf(String customerKey);
}
