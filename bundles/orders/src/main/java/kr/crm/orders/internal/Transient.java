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
            if (t instanceof java.sql.SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }
}
