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
     * Every index row of the customers holding at least one of the given canonical values, under
     * the key they resolve to (aliases followed): the candidates of a whole batch in one read.
     *
     * @since 2.0
     */
    List<IdentityRow> holders(Map<IdentityKind, ? extends Collection<String>> canonicalValues);

    /**
     * A batch's index writes in one transaction: {@code fresh} rows are added (a row that
     * appeared meanwhile is kept as it is), {@code known} rows are marked seen, to the day.
     *
     * @since 2.0
     */
    void recordBatch(List<IdentityRow> fresh, List<IdentityRow> known, Instant seen);

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
