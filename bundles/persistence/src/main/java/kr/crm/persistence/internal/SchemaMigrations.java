package kr.crm.persistence.internal;

import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the SQL migrations in {@code db/migration} of this bundle.
 * Several host nodes may start at once: the one holding the {@code schema-migration} lease
 * migrates, the others wait for it and then find nothing left to do.
 */
final class SchemaMigrations {
    private static final Duration LEASE = Duration.ofMinutes(15);
    private static final Duration PATIENCE = Duration.ofMinutes(15);

    private SchemaMigrations() {
    }

    static MigrateResult migrate(DataSource dataSource) throws SQLException, InterruptedException {
        DatabaseLease lease = new DatabaseLease(dataSource, "schema-migration");
        lease.take(LEASE, PATIENCE);
        try {
            return Flyway.configure(SchemaMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .table("schema_history")
                    // the lease table exists before the first migration: a schema holding only it
                    // counts as version 0, and every migration from V1 on still runs
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    // migrations of features built side by side get numbers in the order they were
                    // begun, not landed: a database that already has a later one still takes an
                    // earlier one that arrived after it (each creates or alters its own objects)
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } finally {
            lease.release();
        }
    }
}
