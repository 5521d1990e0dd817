package kr.crm.identity.internal;

import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;

/**
 * Failures worth one more try: a deadlock or lock wait with an order arriving or another merge, a
 * Galera certification failure, a dropped connection. A merge that failed so was rolled back as a
 * whole, so trying it again is safe. (The same test as the orders bundle's.)
 */
final class Transient {

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

    /** The type, and SQLSTATE and error code of the SQL failure under it: never a message (it may quote values). */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                return e.getClass().getName() + " (SQLSTATE " + sql.getSQLState() + ", error " + sql.getErrorCode() + ")";
            }
        }
        return e.getClass().getName();
    }
}
