package kr.crm.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A named lease in the database, so that of several host nodes sharing one MariaDB only one does
 * a piece of work at a time. A row rather than {@code GET_LOCK}: user locks are local to one
 * member of a Galera cluster, a row write is certified cluster-wide. A lease expires on its own if
 * its holder dies.
 */
final class DatabaseLease {
    private static final String TABLE = "CREATE TABLE IF NOT EXISTS crm_lease ("
            + "name VARCHAR(64) NOT NULL PRIMARY KEY, holder VARCHAR(100) NOT NULL, expires_at TIMESTAMP(3) NOT NULL"
            + ") ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci";
    // holder is assigned first, so the expiry test below it already sees the new holder
    private static final String TAKE = "INSERT INTO crm_lease (name, holder, expires_at) "
            + "VALUES (?, ?, NOW(3) + INTERVAL ? SECOND) ON DUPLICATE KEY UPDATE "
            + "holder = IF(expires_at < NOW(3), VALUES(holder), holder), "
            + "expires_at = IF(holder = VALUES(holder), VALUES(expires_at), expires_at)";

    private final DataSource dataSource;
    private final String name;
    private final String holder = UUID.randomUUID().toString();

    DatabaseLease(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    /** Tries once to take or renew the lease for {@code length}. */
    boolean tryTake(Duration length) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute(TABLE);
            }
            try (PreparedStatement take = c.prepareStatement(TAKE)) {
                take.setString(1, name);
                take.setString(2, holder);
                take.setLong(3, length.toSeconds());
                take.executeUpdate();
            }
            try (PreparedStatement who = c.prepareStatement("SELECT holder FROM crm_lease WHERE name = ?")) {
                who.setString(1, name);
                try (ResultSet r = who.executeQuery()) {
                    return r.next() && holder.equals(r.getString(1));
                }
            }
        }
    }

    /** Waits until the lease is taken, polling once a second, or fails after {@code patience}. */
    void take(Duration length, Duration patience) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!tryTake(length)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("lease " + name + " still held by another node after " + patience);
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    void release() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement drop = c.prepareStatement("DELETE FROM crm_lease WHERE name = ? AND holder = ?")) {
            c.setAutoCommit(true);
            drop.setString(1, name);
            drop.setString(2, holder);
            drop.executeUpdate();
        }
    }
}
