package kr.crm.orders.internal;

import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;
import java.util.function.Supplier;

/**
 * Failures worth one more try: a deadlock or lock wait with a concurrent merge, a Galera
 * certification failure, a race with another node inserting the same row, a dropped connection. Delivery is
 * idempotent, so trying again is safe.
 */
final class Transient {
    static final int ATTEMPTS = 3;

    private Transient() {
    }

    /** What {@link #tries} came to: the work's value, or the failure that ended the tries. */
    record Tried<T>(T value, RuntimeException failure) {
        boolean done() {
            return failure == null;
        }
    }

    /** Runs the work up to {@link #ATTEMPTS} times, again only while it fails for a passing reason. */
    static <T> Tried<T> tries(Supplier<T> work) {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return new Tried<>(work.get(), null);
            } catch (RuntimeException e) {
                failure = e;
                if (!is(e)) {
                    break;
                }
            }
        }
        return new Tried<>(null, failure);
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
