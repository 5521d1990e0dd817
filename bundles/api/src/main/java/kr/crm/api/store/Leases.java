package kr.crm.api.store;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Named leases in the database, so that of several host nodes sharing one MariaDB only one runs a
 * scheduled job at a time. A lease expires by itself if its holder dies.
 */
@ProviderType
public interface Leases {

    /** Takes the lease, or renews it if this node holds it. @return true if this node holds it now */
    boolean tryTake(String name, Duration length);

    /** Gives the lease up if this node holds it. */
    void release(String name);
}
