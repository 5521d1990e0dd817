package kr.crm.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** The identity index: which source gave which identifying value for which customer. */
@ProviderType
public interface IdentityStore {

    /** Adds the rows not yet known and marks the known ones as seen again. One transaction. */
    void record(List<IdentityRow> rows, Instant seen);

    /**
     * Every index row of the customers that share at least one of the given canonical values
     * (at most {@code limit} customers), so that the caller can score them.
     */
    List<IdentityRow> candidates(Map<IdentityKind, String> canonicalValues, int limit);
}
