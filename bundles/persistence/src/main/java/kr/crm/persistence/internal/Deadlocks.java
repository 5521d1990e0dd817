package kr.crm.persistence.internal;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * A transaction InnoDB chose as a deadlock's victim (SQLSTATE 40001, error 1213) was rolled back whole; running it
 * once more is safe for work that writes the same rows whatever it read, such as the conditional measure upsert.
 */
final class Deadlocks {
    static final int ER_LOCK_DEADLOCK = 1213;

    private Deadlocks() {
    }

    static <T> T retriedOnce(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (PersistenceException e) {
            if (!isDeadlock(e)) {
                throw e;
            }
            return transaction.get();
        }
    }

    static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
