package kr.crm.persistence.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with the SQL migrations in {@code db/migration} of this bundle. */
final class SchemaMigrations {
    private SchemaMigrations() {
    }

    static MigrateResult migrate(DataSource dataSource) {
        ClassLoader bundleLoader = SchemaMigrations.class.getClassLoader();
        return Flyway.configure(bundleLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("schema_history")
                // Galera and several host nodes: Flyway takes a named lock, only one node migrates.
                .lockRetryCount(120)
                .load()
                .migrate();
    }
}
