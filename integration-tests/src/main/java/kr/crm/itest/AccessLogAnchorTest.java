package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static kr.crm.itest.CrmHost.REP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The head of the access log copied outside the database (decision 255): someone who can drop the triggers and
 * recompute every hash after the row he changed leaves a chain consistent in itself, and the verify still finds it,
 * at the first row this node copied out.
 */
class AccessLogAnchorTest extends CrmTest {

    @Test
    void aChainRecomputedBehindTheLogsBackIsFoundAtTheHeadCopiedOutBefore() throws Exception {
        String key = person();
        host.call("GET", "v1/customers/" + key, REP, null);
        long seq = seqOfView(key);

        JsonNode before = host.read(host.call("GET", "v1/access-log/verify", ADMIN, null));
        assertThat(before.path("intact").asBoolean()).as(before.toString()).isTrue();
        long anchored = before.path("lastSeq").asLong();
        assertThat(anchored).isGreaterThanOrEqualTo(seq);
        List<String> lines = Files.readAllLines(CrmHost.ANCHORS.resolve("access-log-anchors.txt"));
        assertThat(lines.get(lines.size() - 1))
                .startsWith(anchored + "\t" + before.path("lastHash").asText() + "\t");

        try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER access_log_no_update");
            try {
                rechain(c, seq, 0); // hides how many rows were read, and recomputes the chain from there on
                JsonNode after = host.read(host.call("GET", "v1/access-log/verify", ADMIN, null));
                assertThat(after.path("intact").asBoolean()).as(after.toString()).isFalse();
                assertThat(after.path("problem").asText()).isEqualTo("REWRITTEN");
                assertThat(after.path("badSeq").asLong()).isEqualTo(anchored);
            } finally {
                rechain(c, seq, 1); // the true count and chain back, whatever the assertions found

                s.execute("CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only'");
            }
        }
        JsonNode restored = host.read(host.call("GET", "v1/access-log/verify", ADMIN, null));
        assertThat(restored.path("intact").asBoolean()).as(restored.toString()).isTrue();
        assertThat(restored.path("anchors").asInt()).isGreaterThanOrEqualTo(1);
    }

    private static String person() throws Exception {
        var r = host.call("POST", "v1/customers", REP, """
                {"kind":"PERSON","name":"사슬 %s","phone":"010-4100-0001","region":"서울"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static long seqOfView(String key) throws Exception {
        CrmHost.accessLogCopied();
        try (Connection c = CrmHost.jdbc(); PreparedStatement p = c.prepareStatement(
                "SELECT MIN(seq) FROM access_log WHERE action = 'VIEW' AND customer_keys = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * As a forger with rights over the schema would: sets the row's count, then recomputes its hash and every later
     * row's link and hash from the documented layout (docs/privacy.md), and moves the head, under the head's lock.
     */
    private static void rechain(Connection c, long from, int rowCount) throws Exception {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT seq FROM access_log_head WHERE id = 1 FOR UPDATE").close();
            s.executeUpdate("UPDATE access_log SET row_count = " + rowCount + " WHERE seq = " + from);
            String previous;
            try (ResultSet r = s.executeQuery("SELECT prev_hash FROM access_log WHERE seq = " + from)) {
                r.next();
                previous = r.getString(1);
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE access_log SET prev_hash = ?, hash = ? WHERE seq = ?");
                    Statement read = c.createStatement();
                    ResultSet r = read.executeQuery("SELECT seq, at_ms, username, source, action, "
                            + "customer_keys, row_count, resource, reason FROM access_log WHERE seq >= " + from
                            + " ORDER BY seq")) {
                long last = from;
                while (r.next()) {
                    String reason = r.getString(9);
                    String hash = hash(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), reason == null ? "-" : "+" + reason,
                            previous);
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, r.getLong(1));
                    update.executeUpdate();
                    previous = hash;
                    last = r.getLong(1);
                }
                try (PreparedStatement head = c.prepareStatement(
                        "UPDATE access_log_head SET seq = ?, hash = ? WHERE id = 1")) {
                    head.setLong(1, last);
                    head.setString(2, previous);
                    head.executeUpdate();
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** {@code <length>:<value>;} per field, SHA-256, hex (docs/privacy.md). */
    private static String hash(String... fields) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String v : fields) {
            b.append(v.length()).append(':').append(v).append(';');
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
