package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static kr.crm.itest.CrmHost.REP;
import static kr.crm.itest.CrmHost.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The node's access-log journal (decision 259) through a restart of the audit bundle: entries answered for while the
 * database could not take them are in the journal when the bundle stops, and reach the database once, after it starts
 * again; and through database connections killed while it copies (decision 229).
 */
class AccessJournalRestartTest extends CrmTest {

    @Test
    void entriesStillInTheJournalWhenTheAuditBundleStopsAreCopiedOnceAfterItStarts() throws Exception {
        String key = personWithItsCreationCopied("재시작", "010-5678-1234");

        Bundle audit = host.bundle("kr.crm.audit");
        try (Connection holder = CrmHost.jdbc(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT seq FROM access_log_head WHERE id = 1 FOR UPDATE").close(); // no append gets in
            try {
                for (int i = 0; i < 3; i++) {
                    assertThat(host.call("GET", "v1/customers/" + key, VIEWER, null).statusCode()).isEqualTo(200);
                }
                audit.stop(); // its copier is waiting for the head: the three entries are only in the journal
                assertThat(views(key)).isZero();
                audit.start();
            } finally {
                holder.rollback();
            }
        }
        host.awaitStatus("GET", "v1/customers/" + key, REP, 200);

        CrmHost.accessLogCopied();
        assertThat(views(key)).as("each answered read once, none lost, none twice").isEqualTo(3);
        try (Stream<Path> files = Files.list(CrmHost.JOURNAL)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".log")))
                    .as("the stopped run's segment is deleted once copied; the one being written is left").hasSize(1);
        }
        JsonNode verify = host.read(host.call("GET", "v1/access-log/verify", ADMIN, null));
        assertThat(verify.path("intact").asBoolean()).as(verify.toString()).isTrue();
    }

    @Test
    void entriesCopiedWhileTheDatabaseConnectionsAreKilledReachTheDatabaseOnceAndTheChainHolds() throws Exception {
        String key = personWithItsCreationCopied("끊김", "010-5678-4321");

        int answered = 0;
        int killed = 0;
        for (int i = 0; i < 60; i++) {
            if (host.call("GET", "v1/customers/" + key, VIEWER, null).statusCode() == 200) {
                answered++; // a read that failed with its connection answered nothing and logged nothing
            }
            if (i % 3 == 0) {
                killed += CrmHost.killHostConnections();
            }
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(30);
        }
        assertThat(killed).as("connections killed while the reads were logged and copied").isPositive();
        assertThat(answered).isPositive();

        host.awaitStatus("GET", "v1/access-log/verify", ADMIN, 200);
        CrmHost.accessLogCopied();
        assertThat(views(key)).as("each answered read once, none lost, none twice").isEqualTo(answered);
        JsonNode verify = host.read(host.call("GET", "v1/access-log/verify", ADMIN, null));
        assertThat(verify.path("intact").asBoolean()).as(verify.toString()).isTrue();
    }

    /** A new person's key, once the log of its creation is in the database: the test counts only what follows. */
    private static String personWithItsCreationCopied(String name, String phone) throws Exception {
        HttpResponse<String> created = host.call("POST", "v1/customers", REP, """
                {"kind":"PERSON","name":"%s %s","phone":"%s"}"""
                .formatted(name, UUID.randomUUID().toString().substring(0, 6), phone));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        CrmHost.accessLogCopied();
        return host.read(created).path("key").asText();
    }

    private static int views(String key) throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM access_log WHERE customer_keys = ? AND action = 'VIEW' AND username = ?")) {
            p.setString(1, key);
            p.setString(2, VIEWER);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
