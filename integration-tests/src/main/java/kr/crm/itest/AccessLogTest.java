package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static kr.crm.itest.CrmHost.OTHER_REP;
import static kr.crm.itest.CrmHost.REP;
import static kr.crm.itest.CrmHost.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The access log (접속기록), export reasons and masking, through the host as users reach them (issue 10). */
class AccessLogTest extends CrmTest {

    /** One access-log row as stored. */
    record Row(long seq, String user, String source, String action, String keys, int rows, String resource,
            String reason) {
    }

    private static List<Row> rows(String where, Object... args) throws Exception {
        List<Row> rows = new ArrayList<>();
        CrmHost.accessLogCopied();
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT seq, username, source, action, customer_keys, row_count, resource, reason FROM access_log WHERE "
                        + where + " ORDER BY seq")) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getInt(6), r.getString(7), r.getString(8)));
                }
            }
        }
        return rows;
    }

    private static long lastSeq() throws Exception {
        CrmHost.accessLogCopied();
        try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM access_log")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String person(String name, String phone, String email) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/customers", REP, """
                {"kind":"PERSON","name":"%s","phone":"%s","email":"%s","region":"서울"}""".formatted(name, phone, email));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    @Test
    void aReadOfACustomerWritesOneRowWithUserAddressKeyActionAndCount() throws Exception {
        String key = person("접속기록 " + UUID.randomUUID().toString().substring(0, 6), "010-2345-6789", "log@example.co.kr");
        long before = lastSeq();

        HttpResponse<String> read = host.call("GET", "v1/customers/" + key, VIEWER, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Server-Timing")).as("what the log added, for the benchmark")
                .hasValueSatisfying(v -> assertThat(v).matches("access-log;dur=\\d+\\.\\d{2}"));
        assertThat(host.call("GET", "v1/me", VIEWER, null).headers().firstValue("Server-Timing")).as("not logged")
                .isEmpty();

        List<Row> logged = rows("seq > ? AND username = ?", before, VIEWER);
        assertThat(logged).singleElement().satisfies(row -> {
            assertThat(row.user()).isEqualTo(VIEWER);
            assertThat(row.source()).isEqualTo("127.0.0.1");
            assertThat(row.keys()).isEqualTo(key);
            assertThat(row.action()).isEqualTo("VIEW");
            assertThat(row.rows()).isEqualTo(1);
            assertThat(row.resource()).isEqualTo("GET v1/customers/{key}");
            assertThat(row.reason()).isNull();
        });

        // the creation was logged too, and an admin sees both for this person, newest first
        JsonNode about = host.read(host.call("GET", "v1/access-log?customer=" + key, ADMIN, null));
        assertThat(about.findValuesAsText("action")).containsExactly("VIEW", "CREATE");
        assertThat(about.findValuesAsText("user")).containsExactly(VIEWER, REP);
        assertThat(host.call("GET", "v1/access-log?customer=" + key, REP, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aReadIsAnsweredOnceItsEntryIsOnTheNodesDiskAndTheEntryReachesTheDatabaseBehindIt() throws Exception {
        String key = person("저널 " + UUID.randomUUID().toString().substring(0, 6), "010-3456-7890", "journal@example.co.kr");
        lastSeq(); // the creation's entry is in the table

        try (Connection holder = CrmHost.jdbc(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT seq FROM access_log_head WHERE id = 1 FOR UPDATE").close(); // no append gets in
            try {
                HttpResponse<String> read = host.call("GET", "v1/customers/" + key, VIEWER, null);
                assertThat(read.statusCode()).as("answered while the database could not append").isEqualTo(200);
                try (Connection c = CrmHost.jdbc(); PreparedStatement count = c.prepareStatement(
                        "SELECT COUNT(*) FROM access_log WHERE customer_keys = ? AND action = 'VIEW'")) {
                    count.setString(1, key);
                    try (ResultSet r = count.executeQuery()) {
                        r.next();
                        assertThat(r.getInt(1)).as("not in the table yet").isZero();
                    }
                }
                try (var files = java.nio.file.Files.list(CrmHost.JOURNAL)) {
                    assertThat(files.filter(f -> f.toString().endsWith(".log")).mapToLong(f -> f.toFile().length())
                            .sum()).as("but flushed to this node's journal").isPositive();
                }
            } finally {
                holder.rollback();
            }
        }

        assertThat(rows("customer_keys = ? AND action = 'VIEW'", key)).as("copied once the head was free")
                .singleElement().satisfies(row -> assertThat(row.user()).isEqualTo(VIEWER));
        JsonNode verify = host.read(host.call("GET", "v1/access-log/verify", ADMIN, null));
        assertThat(verify.path("intact").asBoolean()).as(verify.toString()).isTrue();
    }

    @Test
    void aCardDavRunNamesTheContactsItWroteOnEitherSide() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String owner = "sync.rep." + u;
        HttpResponse<String> made = host.call("POST", "v1/accounts", ADMIN,
                "{\"name\":\"동기화상사 " + u + "\",\"ownerRep\":\"" + owner + "\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String account = host.read(made).path("key").asText();
        HttpResponse<String> person = host.call("POST", "v1/accounts/" + account + "/contacts", ADMIN,
                "{\"name\":\"동기화 " + u + "\",\"mobile\":\"010-4100-0001\"}");
        assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
        String contact = host.read(person).path("key").asText();
        Radicale dav = Radicale.get();
        String book = "it-log-" + u;
        String path = dav.newAddressBook(book);
        AddressBooks.configure(host, book, dav.base, path, owner, null);

        assertThat(AddressBooks.run(host, book).path("groupware").path("created").asInt()).isEqualTo(1);
        String href = dav.hrefs(path).get(0);
        dav.put(href, dav.get(href).replace("END:VCARD", "NOTE:그룹웨어 메모\r\nEND:VCARD"));
        assertThat(AddressBooks.run(host, book).path("crm").path("updated").asInt()).isEqualTo(1);

        assertThat(rows("resource = ?", "carddav:" + book)).hasSize(2).allSatisfy(row -> {
            assertThat(row.action()).isEqualTo("SYNC");
            assertThat(row.keys()).isEqualTo(contact);
            assertThat(row.rows()).isEqualTo(1);
        });
        JsonNode about = host.read(host.call("GET", "v1/access-log?customer=" + contact, ADMIN, null));
        assertThat(about.findValuesAsText("action")).startsWith("SYNC", "SYNC");
    }

    @Test
    void aListCountsItsRowsAndNamesEveryCustomerInIt() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String a = person("목록 " + u + " 가", "010-3000-0001", "a" + u + "@example.co.kr");
        String b = person("목록 " + u + " 나", "010-3000-0002", "b" + u + "@example.co.kr");
        long before = lastSeq();
        HttpResponse<String> list = host.call("GET", "v1/customers?q=" + CrmHost.escape("목록 " + u), REP, null);
        assertThat(host.read(list).path("items")).hasSize(2);
        assertThat(rows("seq > ? AND username = ?", before, REP)).singleElement().satisfies(row -> {
            assertThat(row.rows()).isEqualTo(2);
            assertThat(row.keys().split(",")).containsExactlyInAnyOrder(a, b);
            assertThat(row.resource()).isEqualTo("GET v1/customers");
        });
    }

    @Test
    void theLogRefusesChangesAndVerifyFindsARowChangedBehindItsBack() throws Exception {
        String key = person("위변조 " + UUID.randomUUID().toString().substring(0, 6), "010-4000-0001", "t@example.co.kr");
        host.call("GET", "v1/customers/" + key, VIEWER, null);
        long seq = rows("action = 'VIEW' AND customer_keys = ?", key).get(0).seq();

        JsonNode intact = host.read(host.call("GET", "v1/access-log/verify", ADMIN, null));
        assertThat(intact.path("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.path("rows").asLong()).isGreaterThanOrEqualTo(seq);

        try (Connection c = CrmHost.jdbc(); Statement s = c.createStatement()) {
            // the database itself refuses, whoever asks (these statements run as root)
            assertThatThrownBy(() -> s.executeUpdate("UPDATE access_log SET row_count = 0 WHERE seq = " + seq))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM access_log WHERE seq = " + seq))
                    .isInstanceOf(SQLException.class).hasMessageContaining("at least a year");

            // someone with rights over the schema drops the guard and hides how many rows were read
            s.execute("DROP TRIGGER access_log_no_update");
            try {
                s.executeUpdate("UPDATE access_log SET row_count = 0 WHERE seq = " + seq);
                JsonNode broken = host.read(host.call("GET", "v1/access-log/verify", ADMIN, null));
                assertThat(broken.path("intact").asBoolean()).isFalse();
                assertThat(broken.path("badSeq").asLong()).isEqualTo(seq);
                assertThat(broken.path("problem").asText()).isEqualTo("CHANGED");
                s.executeUpdate("UPDATE access_log SET row_count = 1 WHERE seq = " + seq);
            } finally {
                s.execute("CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only'");
            }
        }
        assertThat(host.read(host.call("GET", "v1/access-log/verify", ADMIN, null)).path("intact").asBoolean()).isTrue();
        assertThat(host.call("GET", "v1/access-log/verify", VIEWER, null).statusCode()).isEqualTo(403);
    }

    @Test
    void anExportWithoutAReasonIsRefusedAndWithOneIsLoggedWithIt() throws Exception {
        HttpResponse<String> refused = host.call("GET", "v1/analytics/anniversaries?days=30&format=csv", REP, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(host.read(refused).path("field").asText()).isEqualTo("reason");
        assertThat(host.call("GET", "v1/analytics/anniversaries?days=30&format=xlsx&reason=%20", REP, null)
                .statusCode()).isEqualTo(400);

        long before = lastSeq();
        String reason = "11월 기념일 안내 발송 준비";
        HttpResponse<String> csv = host.call("GET", "v1/analytics/anniversaries?days=30&format=csv&reason="
                + CrmHost.escape(reason), REP, null);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        int lines = (int) csv.body().lines().count() - 1;
        assertThat(rows("seq > ? AND username = ?", before, REP)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("EXPORT");
            assertThat(row.reason()).isEqualTo(reason);
            assertThat(row.user()).isEqualTo(REP);
            assertThat(row.rows()).isEqualTo(lines);
            assertThat(row.resource()).isEqualTo("GET v1/analytics/anniversaries");
        });

        // the analytics page sends the reason as a percent-encoded header
        long beforeHeader = lastSeq();
        HttpResponse<String> xlsx = host.call("GET", "v1/analytics/anniversaries?days=30&format=xlsx", REP, null,
                "X-Access-Reason", CrmHost.escape("고객 감사 행사 초대").replace("+", "%20"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(rows("seq > ? AND username = ?", beforeHeader, REP)).singleElement()
                .extracting(Row::reason).isEqualTo("고객 감사 행사 초대");

        // the month's review lists it, and records who reviewed the report
        String month = YearMonth.now(ZoneId.of("Asia/Seoul")).toString();
        HttpResponse<String> signed = host.call("POST", "v1/access-log/review/" + month, ADMIN, "{\"note\":\"이상 없음\"}");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        JsonNode review = host.read(signed);
        assertThat(review.path("exports").findValuesAsText("reason")).contains(reason);
        assertThat(review.path("topReaders").findValuesAsText("user")).contains(REP);
        assertThat(review.path("reviews").findValuesAsText("reviewer")).contains(ADMIN);
        assertThat(host.call("GET", "v1/access-log/review?month=2026-13", ADMIN, null).statusCode()).isEqualTo(400);
    }

    @Test
    void aViewerSeesPhonesAndEmailsMaskedARepInFull() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String key = person("마스킹 " + u, "010-1234-5678", "kim" + u + "@example.co.kr");

        JsonNode viewer = host.read(host.call("GET", "v1/customers/" + key, VIEWER, null));
        assertThat(viewer.path("phone").asText()).isEqualTo("010-****-5678");
        assertThat(viewer.path("email").asText()).isEqualTo("k***@example.co.kr");
        assertThat(viewer.path("name").asText()).isEqualTo("마스킹 " + u);
        JsonNode list = host.read(host.call("GET", "v1/customers?q=" + CrmHost.escape("마스킹 " + u), VIEWER, null));
        assertThat(list.path("items").get(0).path("phone").asText()).isEqualTo("010-****-5678");

        JsonNode rep = host.read(host.call("GET", "v1/customers/" + key, REP, null));
        assertThat(rep.path("phone").asText()).isEqualTo("010-1234-5678");
        assertThat(rep.path("email").asText()).isEqualTo("kim" + u + "@example.co.kr");
        JsonNode admin = host.read(host.call("GET", "v1/customers?q=" + CrmHost.escape("마스킹 " + u), ADMIN, null));
        assertThat(admin.path("items").get(0).path("email").asText()).isEqualTo("kim" + u + "@example.co.kr");
    }

    @Test
    void aRefusedAttemptIsLoggedAsDeniedWithWhatWasAskedForAndTheMonthsReviewListsIt() throws Exception {
        HttpResponse<String> created = host.call("POST", "v1/accounts", ADMIN, """
                {"name":"(주)거부기록%s","ownerRep":"%s","region":"부산"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), OTHER_REP));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String theirs = host.read(created).path("key").asText();
        long before = lastSeq();

        // another rep's account answers as if it did not exist, and the attempt is on record
        assertThat(host.call("GET", "v1/customers/" + theirs, REP, null).statusCode()).isEqualTo(404);
        // a viewer may not create customers
        assertThat(host.call("POST", "v1/customers", VIEWER, """
                {"kind":"PERSON","name":"권한없음","phone":"010-4000-0009"}""").statusCode()).isEqualTo(403);
        // for an admin, who may see every account, a key of no one is a miss, not a refusal
        assertThat(host.call("GET", "v1/customers/CZZZZZZZZZZZ", ADMIN, null).statusCode()).isEqualTo(404);
        // a rep's key of no one looks like any key outside his accounts, and is logged as one
        assertThat(host.call("GET", "v1/customers/CZZZZZZZZZZY", REP, null).statusCode()).isEqualTo(404);

        List<Row> denied = rows("seq > ? AND action = 'DENIED'", before);
        assertThat(denied).hasSize(3);
        assertThat(denied.get(0)).satisfies(row -> {
            assertThat(row.user()).isEqualTo(REP);
            assertThat(row.keys()).isEqualTo(theirs);
            assertThat(row.rows()).isZero();
            assertThat(row.resource()).isEqualTo("GET v1/customers/{key}");
        });
        assertThat(denied.get(1).user()).isEqualTo(VIEWER);
        assertThat(denied.get(1).resource()).isEqualTo("POST v1/customers");
        assertThat(denied.get(2).keys()).isEqualTo("CZZZZZZZZZZY");
        assertThat(rows("seq > ? AND username = ? AND action <> 'DENIED'", before, REP)).isEmpty();
        assertThat(rows("seq > ? AND username = ?", before, ADMIN)).as("the admin's miss").isEmpty();

        String month = YearMonth.now(ZoneId.of("Asia/Seoul")).toString();
        JsonNode review = host.read(host.call("GET", "v1/access-log/review?month=" + month, ADMIN, null));
        assertThat(review.path("denied").findValuesAsText("seq"))
                .contains(String.valueOf(denied.get(0).seq()), String.valueOf(denied.get(1).seq()));
        JsonNode about = host.read(host.call("GET", "v1/access-log?customer=" + theirs + "&limit=10", ADMIN, null));
        assertThat(about.findValuesAsText("action")).contains("DENIED");
    }
}
