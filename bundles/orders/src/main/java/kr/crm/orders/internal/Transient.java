package kr.crm.orders.internal;

import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;

/**
 * Failures worth one more try: a deadlock or lock wait with a concurrent merge, a Galera
 * certification failure, a dropped connection. Delivery is idempotent, so trying again is safe.
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
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")))) {
                return true; // deadlock, lock wait, or a connection lost (SQLSTATE class 08): the pool opens another
            }
        }
        return false;
    }
}
