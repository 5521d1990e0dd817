package kr.crm.persistence.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The pooled MariaDB data source (HikariCP over Connector/J's plain data source), registered as a
 * {@link DataSource} service with {@code crm.datasource=default}. Exists only while a configuration is present.
 * The pool starts without a connection test, so a host starts while its database is still coming up; a connection
 * that fails (database restart, Galera node loss, a killed session) is dropped and replaced.
 */
@Component(configurationPid = CrmDataSource.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
@Designate(ocd = DataSourceConfig.class)
public final class CrmDataSource {
    static final String PID = "kr.crm.persistence.datasource";
    /**
     * HikariCP hands out a connection used in the last 500 ms without checking it. After a database restart, a
     * Galera node loss or killed sessions such a connection is dead, and the request's first statement (outside any
     * retry) fails; checked on every borrow instead (one round trip to a local database). The copy of HikariCP in
     * this bundle reads the property once, when its pool class is first loaded; a value set by the host wins.
     */
    static final String ALIVE_BYPASS = "com.zaxxer.hikari.aliveBypassWindowMs";

    static {
        if (System.getProperty(ALIVE_BYPASS) == null) {
            System.setProperty(ALIVE_BYPASS, "0");
        }
    }

    private final HikariDataSource pool;
    private final ServiceRegistration<DataSource> registration;

    @Activate
    public CrmDataSource(BundleContext context, DataSourceConfig config) throws SQLException {
        MariaDbDataSource driver = new MariaDbDataSource(JdbcUrl.of(config));
        driver.setUser(config.user());
        driver.setPassword(config.password());
        HikariConfig settings = new HikariConfig();
        settings.setPoolName("crm-" + config.database());
        settings.setDataSource(driver);
        settings.setMaximumPoolSize(config.poolSize());
        settings.setMinimumIdle(1);
        settings.setConnectionTimeout(Math.max(250, config.connectTimeoutMillis()));
        settings.setInitializationFailTimeout(-1);
        settings.setRegisterMbeans(false);
        this.pool = new HikariDataSource(settings);
        this.registration = context.registerService(DataSource.class, pool,
                new java.util.Hashtable<>(Map.of("crm.datasource", "default")));
    }

    @Deactivate
    void close() {
        registration.unregister();
        pool.close();
    }
}
