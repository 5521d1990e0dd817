package kr.crm.persistence.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import kr.crm.api.store.Leases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** {@link Leases} over the {@code crm_lease} table; one holder id per lease and node. */
@Component(service = Leases.class, configurationPid = "kr.crm.persistence")
public final class DatabaseLeases implements Leases {
    private final DataSource dataSource;
    private final Map<String, DatabaseLease> held = new ConcurrentHashMap<>();

    /** {@code migrated} only orders activation: leases are handed out once the schema is migrated. */
    @Activate
    public DatabaseLeases(@Reference(name = "dataSource", target = "(crm.datasource=default)") DataSource dataSource,
            @Reference SqlSessions migrated) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean tryTake(String name, Duration length) {
        try {
            return held.computeIfAbsent(name, n -> new DatabaseLease(dataSource, n)).tryTake(length);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void release(String name) {
        DatabaseLease lease = held.remove(name);
        if (lease != null) {
            try {
                lease.release();
            } catch (SQLException e) {
                // it expires by itself
            }
        }
    }

    @Deactivate
    void releaseAll() {
        held.keySet().forEach(this::release);
    }
}
