package kr.crm.persistence.internal;

import java.sql.SQLIntegrityConstraintViolationException;

/** Recognises a unique-key violation anywhere in an exception's causes. */
final class Duplicates {
    private Duplicates() {
    }

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }
}
