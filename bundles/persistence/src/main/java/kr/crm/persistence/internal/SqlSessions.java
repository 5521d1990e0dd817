package kr.crm.persistence.internal;

import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the schema migrations against the selected data source, then offers MyBatis sessions to
 * the stores of this bundle. The stores only appear once migration has succeeded.
 */
@Component(service = SqlSessions.class, configurationPid = "kr.crm.persistence")
@Designate(ocd = SessionsConfig.class)
public final class SqlSessions {
    private static final Logger LOG = LoggerFactory.getLogger(SqlSessions.class);

    private final SqlSessionFactory factory;

    @Activate
    public SqlSessions(@Reference(name = "dataSource", target = "(crm.datasource=default)") DataSource dataSource) throws Exception {
        var result = SchemaMigrations.migrate(dataSource);
        LOG.info("Schema at version {} ({} migrations applied now)", result.targetSchemaVersion,
                result.migrationsExecuted);
        this.factory = MyBatisConfiguration.sessionFactory(dataSource);
    }

    /** Runs {@code work} in one transaction, committed if it returns normally. */
    <T> T inTransaction(Function<SqlSession, T> work) {
        try (SqlSession session = factory.openSession(false)) {
            T result = work.apply(session);
            session.commit();
            return result;
        }
    }

    /**
     * Runs {@code work} in one transaction on a batching session (see {@link #inBatch}), committed if it returns
     * normally; if its connection dies before the commit (SQLSTATE class 08) the transaction died with it, nothing of
     * it is stored, and {@code work} runs once more on another connection. The batched statements are sent before
     * the commit, inside the retried part. A failure of the commit itself is not repeated: whether it was stored is
     * unknown. For work that reads what it needs inside the transaction (decision 229).
     */
    <T> T inBatchRetried(Function<SqlSession, T> work) {
        for (int attempt = 0; ; attempt++) {
            try (SqlSession session = factory.openSession(ExecutorType.BATCH, false)) {
                T result;
                try {
                    result = work.apply(session);
                    session.flushStatements();
                } catch (PersistenceException e) {
                    if (attempt == 0 && LostConnections.isLostConnection(e)) {
                        continue;
                    }
                    throw e;
                }
                session.commit();
                return result;
            }
        }
    }

    /**
     * Runs {@code work} in one transaction on a batching session: repeated statements go to the
     * server as one JDBC batch (the driver's bulk protocol for inserts). Committed if it returns normally.
     */
    <T> T inBatch(Function<SqlSession, T> work) {
        try (SqlSession session = factory.openSession(ExecutorType.BATCH, false)) {
            T result = work.apply(session);
            session.commit();
            return result;
        }
    }

    /**
     * Runs an insert in a transaction of its own.
     *
     * @return false if it hit a unique key (the row, or one with the same key, exists), else true
     */
    boolean insertOnce(Function<SqlSession, Integer> insert) {
        try {
            return inTransaction(insert) == 1;
        } catch (PersistenceException e) {
            if (Duplicates.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Runs read-only {@code work} on a session of its own. A read whose connection died under it (database
     * restart, Galera failover, a killed session: SQLSTATE class 08) runs once more on another connection; reads
     * change nothing, so running one twice is safe.
     */
    <T> T read(Function<SqlSession, T> work) {
        try {
            return readOnce(work);
        } catch (PersistenceException e) {
            if (!LostConnections.isLostConnection(e)) {
                throw e;
            }
            return readOnce(work);
        }
    }

    private <T> T readOnce(Function<SqlSession, T> work) {
        try (SqlSession session = factory.openSession(true)) {
            return work.apply(session);
        }
    }
}
