package kr.crm.persistence.internal;

import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The pooled MariaDB data source, registered as a {@link DataSource} service with
 * {@code crm.datasource=default}. Exists only while a configuration is present.
 */
@Component(configurationPid = CrmDataSource.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
@Designate(ocd = DataSourceConfig.class)
public final class CrmDataSource {
    static final String PID = "kr.crm.persistence.datasource";

    private final MariaDbPoolDataSource pool;
    private final ServiceRegistration<DataSource> registration;

    @Activate
    public CrmDataSource(BundleContext context, DataSourceConfig config) throws SQLException {
        this.pool = new MariaDbPoolDataSource();
        pool.setUrl(JdbcUrl.of(config));
        pool.setUser(config.user());
        pool.setPassword(config.password());
        this.registration = context.registerService(DataSource.class, pool,
                new java.util.Hashtable<>(Map.of("crm.datasource", "default")));
    }

    @Deactivate
    void close() {
        registration.unregister();
        pool.close();
    }
}
