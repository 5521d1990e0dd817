package kr.crm.orders.internal;

import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;

/**
 * Failures worth one more try: a deadlock or lock wait with a concurrent merge, a Galera
 * certification failure, a race with another node inserting the same row, a dropped connection. Delivery is idempotent, so trying again is safe.
 */
final class Transient {
    static final int ATTEMPTS = 3;

    private Transient() {
    }

    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || sql.getErrorCode() == 1062
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")))) {
                // deadlock, lock wait, a duplicate key (another node stored the same order or customer first:
                // the next try sees it), or a connection lost (SQLSTATE class 08): the pool opens another
                return true;
            }
        }
        return false;
    }
}
