package kr.crm.api.store;

import java.time.Instant;
import java.util.Collection;
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

    /** Every index row of these customers (rows left on their aliases included, under their key). */
    List<IdentityRow> rowsOf(Collection<String> customerKeys);

    /**
     * Values of the strong kinds (host number, BRN, phone, e-mail) held by more than one customer,
     * in (kind, canonical) order after the given position, at most {@code limit}: one page of a scan.
     *
     * @param afterKind null to start at the beginning
     */
    List<SharedValue> sharedValues(IdentityKind afterKind, String afterCanonical, int limit);
}
