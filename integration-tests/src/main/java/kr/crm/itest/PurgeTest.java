package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The purge against the real MariaDB and Radicale: an expired prospect disappears from the CRM and, at the next
 * sync, from the address book; an order-linked customer is anonymised with its orders kept; the permission history
 * keeps 3 years; every destruction is in the destruction log without personal data.
 */
class PurgeTest extends CrmTest {
    static Radicale dav;

    @BeforeAll
    static void startRadicale() throws Exception {
        dav = Radicale.get();
    }

    @Test
    void anExpiredProspectDisappearsFromTheCrmAndFromTheAddressBookAfterThePurgeAndTheNextSync() throws Exception {
        String u = u();
        String rep = "purge.rep" + u;
        String path = dav.newAddressBook("it-purge-" + u);
        configure("it-purge-" + u, path, rep);
        String gone = account("(주)소멸상사 " + u, rep);
        String goneContact = contact(gone, "정소멸", "010-58" + u.substring(0, 2) + "-" + u.substring(2, 6));
        String kept = account("(주)유지물산 " + u, rep);
        contact(kept, "한유지", "010-59" + u.substring(0, 2) + "-" + u.substring(2, 6));
        HttpResponse<String> log = host.call("POST", "v1/contact-logs", ADMIN,
                "{\"accountKey\":\"" + gone + "\",\"type\":\"VISIT\",\"summary\":\"정소멸 과장 방문 상담\"}");
        assertThat(log.statusCode()).as(log.body()).isEqualTo(201);
        JsonNode first = sync("it-purge-" + u);
        assertThat(first.path("groupware").path("created").asInt()).as(first.toString()).isEqualTo(2);
        String href = dav.findHref(path, "정소멸");
        assertThat(href).isNotNull();
        // edited on the groupware side after the last sync: a destroyed contact's card goes all the same
        dav.put(href, dav.get(href).replace("END:VCARD", "NOTE:그룹웨어에서 고친 메모\r\nEND:VCARD"));

        sql("UPDATE customer SET updated_at = NOW(3) - INTERVAL 30 MONTH WHERE customer_key = ?", gone);
        sql("UPDATE contact_person SET updated_at = NOW(3) - INTERVAL 30 MONTH WHERE account_key = ?", gone);
        sql("UPDATE contact_log SET occurred_at = NOW(3) - INTERVAL 30 MONTH, updated_at = NOW(3) - INTERVAL 30 MONTH "
                + "WHERE account_key = ?", gone);
        sql("UPDATE task SET updated_at = NOW(3) - INTERVAL 30 MONTH WHERE account_key = ?", gone);
        JsonNode run = purge();
        assertThat(run.path("destroyed").path("PROSPECT").asInt()).as(run.toString()).isGreaterThanOrEqualTo(1);

        assertThat(host.call("GET", "v1/customers/" + gone, ADMIN, null).statusCode()).isEqualTo(404);
        assertThat(host.call("GET", "v1/contacts/" + goneContact, ADMIN, null).statusCode()).isEqualTo(404);
        assertThat(host.call("GET", "v1/customers/" + kept, ADMIN, null).statusCode()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM contact_log WHERE account_key = ?", gone)).isZero();
        assertThat(dav.get(href)).as("the card stays until the next sync").isNotNull();

        JsonNode next = sync("it-purge-" + u);
        assertThat(next.path("status").asText()).as(next.toString()).isEqualTo("OK");
        assertThat(next.path("groupware").path("deleted").asInt()).isEqualTo(1);
        assertThat(next.path("crm").path("created").asInt()).isZero();
        assertThat(dav.get(href)).isNull();
        assertThat(dav.findHref(path, "한유지")).isNotNull();
        assertThat(sync("it-purge-" + u).path("crm").path("created").asInt()).isZero();

        JsonNode entries = destructionLog("customer=" + gone);
        assertThat(entries).hasSize(1);
        JsonNode e = entries.get(0);
        assertThat(e.path("category").asText()).isEqualTo("PROSPECT");
        assertThat(e.path("method").asText()).isEqualTo("DELETED");
        assertThat(e.path("rule").asText()).isEqualTo("no order and no activity for 24 months");
        assertThat(e.path("destroyedBy").asText()).isEqualTo(ADMIN);
        assertThat(e.path("counts").path("customer").asInt()).isEqualTo(1);
        assertThat(e.path("counts").path("contact_person").asInt()).isEqualTo(1);
        assertThat(e.path("counts").path("contact_log").asInt()).isEqualTo(1);
        assertThat(e.path("counts").path("sync_card").asInt()).isEqualTo(1);
        assertThat(e.toString()).doesNotContain("정소멸", "소멸상사", "010-58");

        purge();
        assertThat(destructionLog("customer=" + gone)).as("a second run destroys nothing twice").hasSize(1);
    }

    @Test
    void anOrderLinkedCustomerPastTheTaxPeriodIsAnonymisedAndItsOrdersStay() throws Exception {
        String u = u();
        String phone = "010-57" + u.substring(0, 2) + "-" + u.substring(2, 6);
        HttpResponse<String> r = host.call("POST", "v1/orders", ADMIN, """
                {"source":"it-purge","orderNo":"P-%s","orderedAt":"2019-03-02T10:00:00+09:00","totalAmount":52000,
                 "buyer":{"name":"윤세무%s","phone":"%s","email":"yoon%s@purge-it.kr"}}""".formatted(u, u, phone, u));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        String key = host.read(r).path("customerKey").asText();
        String recent = host.read(host.call("POST", "v1/orders", ADMIN, """
                {"source":"it-purge","orderNo":"R-%s","orderedAt":"2026-10-02T10:00:00+09:00","totalAmount":9000,
                 "buyer":{"name":"강최근%s","phone":"010-56%s-%s"}}""".formatted(u, u, u.substring(0, 2),
                u.substring(2, 6)))).path("customerKey").asText();
        sql("UPDATE customer SET updated_at = NOW(3) - INTERVAL 30 MONTH WHERE customer_key IN (?, ?)", key, recent);

        purge();

        JsonNode customer = host.read(host.call("GET", "v1/customers/" + key, ADMIN, null));
        assertThat(customer.path("name").asText()).isEqualTo("(파기됨)");
        assertThat(customer.path("phone").isMissingNode() || customer.path("phone").isNull()).as(customer.toString())
                .isTrue();
        assertThat(customer.toString()).doesNotContain("윤세무", phone, "purge-it.kr");
        JsonNode order = host.read(host.call("GET", "v1/orders/it-purge/P-" + u, ADMIN, null));
        assertThat(order.path("customerKey").asText()).isEqualTo(key);
        assertThat(order.path("totalAmount").decimalValue()).isEqualByComparingTo("52000");
        assertThat(count("SELECT COUNT(*) FROM customer_identity WHERE customer_key = ?", key)).isZero();
        JsonNode e = destructionLog("customer=" + key).get(0);
        assertThat(e.path("category").asText()).isEqualTo("ORDER_IDENTITY");
        assertThat(e.path("method").asText()).isEqualTo("ANONYMISED");

        JsonNode stillKnown = host.read(host.call("GET", "v1/customers/" + recent, ADMIN, null));
        assertThat(stillKnown.path("name").asText()).as("an order of 2026 keeps its buyer").startsWith("강최근");
        assertThat(destructionLog("customer=" + recent)).isEmpty();
    }

    @Test
    void theBirthdayKeptForGreetingsGoesAfterAdvertisingConsentEndedOnEveryChannel() throws Exception {
        String u = u();
        String withdrawn = person("배생일" + u, "010-52" + u.substring(0, 2) + "-" + u.substring(2, 6),
                "bday" + u + "@purge-it.kr");
        String consenting = person("남동의" + u, "010-51" + u.substring(0, 2) + "-" + u.substring(2, 6),
                "keep" + u + "@purge-it.kr");
        consent(withdrawn, true, 30);
        consent(withdrawn, false, 20);
        consent(consenting, true, 30);
        sql("UPDATE consent_record SET recorded_at = NOW(3) - INTERVAL 20 DAY WHERE subject_key IN (?, ?)",
                withdrawn, consenting);

        JsonNode run = purge();

        assertThat(run.path("destroyed").path("MARKETING_PROFILE").asInt()).as(run.toString()).isEqualTo(1);
        JsonNode gone = host.read(host.call("GET", "v1/customers/" + withdrawn, ADMIN, null));
        assertThat(gone.path("birthday").isMissingNode() || gone.path("birthday").isNull()).as(gone.toString())
                .isTrue();
        assertThat(gone.path("name").asText()).isEqualTo("배생일" + u);
        assertThat(host.read(host.call("GET", "v1/customers/" + consenting, ADMIN, null)).path("birthday").asText())
                .isEqualTo("1988-04-05");
        JsonNode e = destructionLog("customer=" + withdrawn).get(0);
        assertThat(e.path("category").asText()).isEqualTo("MARKETING_PROFILE");
        assertThat(e.path("counts").path("customer.birthday").asInt()).isEqualTo(1);
        assertThat(purge().path("destroyed").path("MARKETING_PROFILE").isMissingNode()).isTrue();
    }

    @Test
    void thePermissionHistoryIsKeptThreeYearsAndNoLonger() throws Exception {
        String user = "purge.hist" + u();
        sql("INSERT INTO user_permission_history (username, role, change_kind, by_user, at) VALUES "
                + "(?, 'crm.rep', 'GRANT', 'it.admin', NOW(3) - INTERVAL 4 YEAR), "
                + "(?, 'crm.rep', 'REVOKE', 'it.admin', NOW(3) - INTERVAL 37 MONTH), "
                + "(?, 'crm.admin', 'GRANT', 'it.admin', NOW(3) - INTERVAL 35 MONTH)", user, user, user);

        JsonNode run = purge();

        assertThat(run.path("destroyed").path("PERMISSION_HISTORY").asInt()).as(run.toString()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM user_permission_history WHERE username = ?", user)).isEqualTo(1);
        JsonNode e = destructionLog("category=PERMISSION_HISTORY").get(0);
        assertThat(e.path("counts").path("user_permission_history").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(e.path("customerKey").isNull()).isTrue();
        JsonNode rules = host.read(host.call("GET", "v1/privacy/retention-rules", ADMIN, null));
        assertThat(rules.toString()).contains("PERMISSION_HISTORY", "permission history 3 years");
        assertThat(host.call("POST", "v1/privacy/purge-runs", CrmHost.REP, null).statusCode()).isEqualTo(403);
        HttpResponse<String> bad = host.call("GET", "v1/privacy/destruction-log?category=ALL", ADMIN, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(host.read(bad).path("field").asText()).isEqualTo("category");
    }

    // --- helpers

    static JsonNode purge() throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/privacy/purge-runs", ADMIN, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode run = host.read(r);
        assertThat(run.path("failures").size()).as(run.toString()).isZero();
        return run;
    }

    static JsonNode destructionLog(String query) throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/privacy/destruction-log?" + query, ADMIN, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }

    private static String person(String name, String phone, String email) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/customers", ADMIN, """
                {"kind":"PERSON","name":"%s","phone":"%s","email":"%s","birthday":"1988-04-05"}"""
                .formatted(name, phone, email));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static void consent(String key, boolean granted, int daysAgo) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/consents", CrmHost.REP, """
                {"subjectKey":"%s","channel":"EMAIL","purpose":"ADVERTISING","granted":%s,"method":"WEB_FORM",
                 "noticeVersion":"ad-2026-01","evidence":"수신 동의 양식","occurredAt":"%s"}""".formatted(key, granted,
                java.time.OffsetDateTime.now(java.time.ZoneId.of("Asia/Seoul")).minusDays(daysAgo).withNano(0)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static void configure(String name, String path, String ownerRep) throws Exception {
        AddressBooks.configure(host, name, dav.base, path, ownerRep, 0.2);
    }

    private static JsonNode sync(String name) throws Exception {
        return AddressBooks.run(host, name);
    }

    private static String account(String name, String ownerRep) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts", ADMIN,
                "{\"name\":\"" + name + "\",\"ownerRep\":\"" + ownerRep + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static String contact(String account, String name, String mobile) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts/" + account + "/contacts", ADMIN,
                "{\"name\":\"" + name + "\",\"title\":\"과장\",\"mobile\":\"" + mobile + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    static void sql(String statement, Object... args) throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    static long count(String query, Object... args) throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static String u() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100000, 1000000));
    }
}
