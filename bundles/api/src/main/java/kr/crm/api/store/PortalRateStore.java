package kr.crm.api.store;

import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Per-address submission counters of the customer portal, shared by every host node.
 *
 * @since 2.4
 */
@ProviderType
public interface PortalRateStore {

    /** Counts one hit of {@code addressHash} in the window starting at {@code windowStart}. @return hits so far */
    int hit(String addressHash, Instant windowStart);

    /** Drops the counters of windows that started before {@code before}. @return rows removed */
    int forgetBefore(Instant before);
}
