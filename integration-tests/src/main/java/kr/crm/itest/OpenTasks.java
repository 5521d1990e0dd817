package kr.crm.itest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** An open task written straight into the schema, as the grading rules would plan one, for tests of who sees what. */
final class OpenTasks {
    private OpenTasks() {
    }

    /** @return the task's id */
    static long insert(String account, String owner, String type, String why) throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO task (account_key, owner_rep, type, due_on, why, status, version, created_at, updated_at)
                VALUES (?, ?, ?, CURRENT_DATE, ?, 'OPEN', 1, NOW(3), NOW(3))""", PreparedStatement.RETURN_GENERATED_KEYS)) {
            s.setString(1, account);
            s.setString(2, owner);
            s.setString(3, type);
            s.setString(4, why);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
