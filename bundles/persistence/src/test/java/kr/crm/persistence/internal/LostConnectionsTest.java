package kr.crm.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;

class LostConnectionsTest {

    @Test
    void aConnectionClosedUnderTheStatementIsALostConnectionThroughMyBatisWrapping() {
        PersistenceException e = new PersistenceException("read failed",
                new SQLNonTransientConnectionException("socket was closed by server", "08000"));
        assertThat(LostConnections.isLostConnection(e)).isTrue();
    }

    @Test
    void anyClass08StateCounts() {
        assertThat(LostConnections.isLostConnection(new SQLException("link failure", "08S01"))).isTrue();
    }

    @Test
    void aConstraintViolationOrASyntaxErrorIsNot() {
        assertThat(LostConnections.isLostConnection(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(LostConnections.isLostConnection(new SQLException("syntax", "42000"))).isFalse();
        assertThat(LostConnections.isLostConnection(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
