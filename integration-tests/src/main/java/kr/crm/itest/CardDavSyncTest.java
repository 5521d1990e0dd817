package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two-way contact sync against a real Radicale: each test has its own address book, its own owner
 * rep (so its own CRM contacts) and its own phone numbers.
 */
class CardDavSyncTest extends CrmTest {
    static Radicale dav;

    @BeforeAll
    static void startRadicale() throws Exception {
        dav = Radicale.get();
    }

    @Test
    void initialSyncGoesBothWaysAndKoreanNamesAndAddressesComeBackUnchanged() throws Exception {
        String path = book("it-initial", "dav.initial", 0.5);
        String account = account("(주)한빛정밀 IT1", "dav.initial");
        contact(account, """
                {"name":"김민준","title":"과장","mobile":"010-3100-0001","email":"mj.kim@hanbit-it1.co.kr",
                 "birthday":"1985-03-14"}""");
        dav.put(path + "a-1.vcf", """
                BEGIN:VCARD
                VERSION:3.0
                UID:a-1
                FN:이서연
                N:이;서연;;;
                ORG:대한물산 IT1;구매팀
                TITLE:대리
                TEL;TYPE=CELL:010-3100-0002
                EMAIL;TYPE=WORK:lee@daehan-it1.co.kr
                ADR;TYPE=WORK:;;테헤란로 152 강남파이낸스센터 21층;강남구;서울특별시;06236;대한민국
                NOTE:견적 요청 (2026년 11월)
                BDAY:1990-07-01
                X-ANNIVERSARY:2015-05-20
                X-CRM-TEST:보존할 값
                END:VCARD
                """);

        JsonNode first = run("it-initial");
        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("OK");
        assertThat(first.path("crm").path("created").asInt()).isEqualTo(1);
        assertThat(first.path("groupware").path("created").asInt()).isEqualTo(1);

        JsonNode daehan = onlyAccount("대한물산 IT1");
        assertThat(daehan.path("ownerRep").asText()).isEqualTo("dav.initial");
        assertThat(daehan.path("address").asText()).isEqualTo("서울특별시 강남구 테헤란로 152 강남파이낸스센터 21층");
        assertThat(daehan.path("postalCode").asText()).isEqualTo("06236");
        JsonNode lee = onlyContact(daehan.path("key").asText());
        assertThat(lee.path("name").asText()).isEqualTo("이서연");
        assertThat(lee.path("title").asText()).isEqualTo("대리");
        assertThat(lee.path("department").asText()).isEqualTo("구매팀");
        assertThat(lee.path("mobile").asText()).isEqualTo("010-3100-0002");
        assertThat(lee.path("email").asText()).isEqualTo("lee@daehan-it1.co.kr");
        assertThat(lee.path("birthday").asText()).isEqualTo("1990-07-01");
        assertThat(lee.path("notes").asText()).isEqualTo("견적 요청 (2026년 11월)");

        String kimHref = dav.findHref(path, "김민준");
        assertThat(kimHref).isNotNull();
        String kim = unfold(dav.get(kimHref));
        assertThat(kim).contains("FN:김민준", "ORG:(주)한빛정밀 IT1", "TITLE:과장", "010-3100-0001",
                "mj.kim@hanbit-it1.co.kr", "1985-03-14");

        JsonNode quiet = run("it-initial");
        assertThat(quiet.path("mode").asText()).isEqualTo("incremental");
        assertThat(quiet.path("crm").toString()).isEqualTo(none());
        assertThat(quiet.path("groupware").toString()).isEqualTo(none());

        ObjectNode change = ((ObjectNode) lee.deepCopy()).put("title", "과장");
        assertThat(host.call("PUT", "v1/contacts/" + lee.path("key").asText(), ADMIN, change.toString()).statusCode())
                .isEqualTo(200);
        JsonNode pushed = run("it-initial");
        assertThat(pushed.path("groupware").path("updated").asInt()).as(pushed.toString()).isEqualTo(1);
        String card = unfold(dav.get(path + "a-1.vcf"));
        assertThat(card).contains("TITLE:과장", "테헤란로 152 강남파이낸스센터 21층;강남구;서울특별시;06236;대한민국",
                "X-CRM-TEST:보존할 값", "X-ANNIVERSARY:2015-05-20", "FN:이서연", "UID:a-1");
        assertThat(card).doesNotContain("TITLE:대리");
    }

    @Test
    void anEditOnEitherSideReachesTheOther() throws Exception {
        String path = book("it-edits", "dav.edits", 0.5);
        String account = account("(주)동해상사 IT2", "dav.edits");
        String key = contact(account, "{\"name\":\"박지훈\",\"title\":\"주임\",\"mobile\":\"010-3200-0001\"}");
        run("it-edits");
        String href = dav.findHref(path, "박지훈");

        dav.put(href, dav.get(href).replace("TITLE:주임", "TITLE:선임"));
        JsonNode fromServer = run("it-edits");
        assertThat(fromServer.path("crm").path("updated").asInt()).as(fromServer.toString()).isEqualTo(1);
        JsonNode stored = host.read(host.call("GET", "v1/contacts/" + key, ADMIN, null));
        assertThat(stored.path("title").asText()).isEqualTo("선임");

        ObjectNode change = ((ObjectNode) stored.deepCopy()).put("phone", "02-555-3200");
        assertThat(host.call("PUT", "v1/contacts/" + key, ADMIN, change.toString()).statusCode()).isEqualTo(200);
        JsonNode fromCrm = run("it-edits");
        assertThat(fromCrm.path("groupware").path("updated").asInt()).as(fromCrm.toString()).isEqualTo(1);
        assertThat(unfold(dav.get(href))).contains("02-555-3200", "TITLE:선임");
    }

    @Test
    void renamingAnAccountInTheCrmRenamesTheOrganisationOnItsContactsCards() throws Exception {
        String path = book("it-rename", "dav.rename", 0.5);
        String account = account("(주)서해물산 IT", "dav.rename");
        contact(account, "{\"name\":\"강민수\",\"department\":\"구매팀\",\"mobile\":\"010-3900-0001\"}");
        run("it-rename");
        String href = dav.findHref(path, "강민수");
        assertThat(unfold(dav.get(href))).contains("ORG:(주)서해물산 IT;구매팀");

        JsonNode current = host.read(host.call("GET", "v1/customers/" + account, ADMIN, null));
        ObjectNode renamed = ((ObjectNode) current.deepCopy()).put("name", "서해글로벌(주)");
        HttpResponse<String> put = host.call("PUT", "v1/customers/" + account, ADMIN, renamed.toString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode r = run("it-rename");
        assertThat(r.path("groupware").path("updated").asInt()).as(r.toString()).isEqualTo(1);
        assertThat(unfold(dav.get(href))).contains("ORG:서해글로벌(주);구매팀", "FN:강민수");
        assertThat(run("it-rename").path("groupware").path("updated").asInt()).isZero();
    }

    @Test
    void editsOfTheSameContactOnBothSidesMergeFieldByFieldAndASameFieldConflictKeepsBothValues() throws Exception {
        String path = book("it-conflict", "dav.conflict", 0.5);
        String account = account("(주)서해정공 IT3", "dav.conflict");
        String key = contact(account, "{\"name\":\"최유나\",\"title\":\"대리\",\"mobile\":\"010-3300-0001\"}");
        run("it-conflict");
        String href = dav.findHref(path, "최유나");

        update(key, "department", "영업1팀");
        dav.put(href, dav.get(href).replace("TITLE:대리", "TITLE:과장"));
        JsonNode merged = run("it-conflict");
        assertThat(merged.path("status").asText()).as(merged.toString()).isEqualTo("OK");
        JsonNode both = host.read(host.call("GET", "v1/contacts/" + key, ADMIN, null));
        assertThat(both.path("title").asText()).isEqualTo("과장");
        assertThat(both.path("department").asText()).isEqualTo("영업1팀");
        assertThat(unfold(dav.get(href))).contains("TITLE:과장", "영업1팀");

        update(key, "title", "차장");
        TimeUnit.MILLISECONDS.sleep(1500); // the server's Last-Modified has whole seconds
        dav.put(href, dav.get(href).replace("TITLE:과장", "TITLE:부장"));
        JsonNode conflict = run("it-conflict");
        assertThat(conflict.path("crm").path("conflicts").asInt() + conflict.path("groupware").path("conflicts").asInt())
                .as(conflict.toString()).isEqualTo(1);
        assertThat(conflict.path("problems").toString()).contains("conflict: contact " + key + " field title");
        JsonNode after = host.read(host.call("GET", "v1/contacts/" + key, ADMIN, null));
        assertThat(after.path("title").asText()).as("the later change wins").isEqualTo("부장");
        assertThat(after.path("notes").asText()).contains("[동기화 충돌] title: 차장");
        String card = unfold(dav.get(href));
        assertThat(card).contains("TITLE:부장", "[동기화 충돌] title: 차장");

        JsonNode settled = run("it-conflict");
        assertThat(settled.path("crm").toString()).isEqualTo(none());
        assertThat(settled.path("groupware").toString()).isEqualTo(none());
    }

    @Test
    void aCardChangedOnTheServerAfterTheListingGets412AndIsMergedNotOverwritten() throws Exception {
        String path = book("it-412", "dav.412", 0.5);
        String account = account("(주)동부화학 IT9", "dav.412");
        String key = contact(account, "{\"name\":\"서지수\",\"title\":\"사원\",\"mobile\":\"010-3900-0001\"}");
        run("it-412");
        String href = dav.findHref(path, "서지수");

        // the groupware user edits the card just after the run has listed the changes: the run
        // starts from a token taken after that edit, so only the conditional write can notice it
        dav.put(href, dav.get(href).replace("TITLE:사원", "TITLE:대리"));
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(
                "UPDATE sync_book SET sync_token = ? WHERE address_book = ?")) {
            s.setString(1, dav.syncToken(path));
            s.setString(2, "it-412");
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        update(key, "mobile", "010-3900-9999");

        JsonNode r = run("it-412");
        assertThat(r.path("status").asText()).as(r.toString()).isEqualTo("OK");
        assertThat(r.path("mode").asText()).isEqualTo("incremental");
        assertThat(r.path("crm").path("updated").asInt()).isEqualTo(1);
        assertThat(r.path("groupware").path("updated").asInt()).isEqualTo(1);
        JsonNode contact = host.read(host.call("GET", "v1/contacts/" + key, ADMIN, null));
        assertThat(contact.path("title").asText()).isEqualTo("대리");
        assertThat(contact.path("mobile").asText()).isEqualTo("010-3900-9999");
        assertThat(unfold(dav.get(href))).contains("TITLE:대리", "010-3900-9999");
    }

    @Test
    void deletesPropagateBothWays() throws Exception {
        String path = book("it-deletes", "dav.deletes", 0.5);
        String account = account("(주)남해물류 IT4", "dav.deletes");
        String a = contact(account, "{\"name\":\"한지민\",\"mobile\":\"010-3400-0001\"}");
        String b = contact(account, "{\"name\":\"오세훈\",\"mobile\":\"010-3400-0002\"}");
        contact(account, "{\"name\":\"정다은\",\"mobile\":\"010-3400-0003\"}");
        contact(account, "{\"name\":\"강태민\",\"mobile\":\"010-3400-0004\"}");
        run("it-deletes");
        assertThat(dav.hrefs(path)).hasSize(4);

        dav.delete(dav.findHref(path, "한지민"));
        JsonNode serverDelete = run("it-deletes");
        assertThat(serverDelete.path("crm").path("deleted").asInt()).as(serverDelete.toString()).isEqualTo(1);
        assertThat(host.call("GET", "v1/contacts/" + a, ADMIN, null).statusCode()).isEqualTo(404);

        HttpResponse<String> gone = host.call("DELETE", "v1/contacts/" + b, ADMIN, null, "If-Match", "\"1\"");
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(204);
        JsonNode crmDelete = run("it-deletes");
        assertThat(crmDelete.path("groupware").path("deleted").asInt()).as(crmDelete.toString()).isEqualTo(1);
        assertThat(dav.findHref(path, "오세훈")).isNull();
        assertThat(dav.hrefs(path)).hasSize(2);
    }

    @Test
    void aRunThatWouldDeleteMoreThanTheGuardShareStopsAndChangesNothing() throws Exception {
        String path = book("it-guard", "dav.guard", 0.3);
        String account = account("(주)북부전자 IT5", "dav.guard");
        String first = contact(account, "{\"name\":\"유재석\",\"mobile\":\"010-3500-0001\"}");
        String second = contact(account, "{\"name\":\"송지효\",\"mobile\":\"010-3500-0002\"}");
        contact(account, "{\"name\":\"김종국\",\"mobile\":\"010-3500-0003\"}");
        run("it-guard");
        dav.delete(dav.findHref(path, "유재석"));
        dav.delete(dav.findHref(path, "송지효"));

        JsonNode guarded = run("it-guard");
        assertThat(guarded.path("status").asText()).as(guarded.toString()).isEqualTo("DELETE_GUARD");
        assertThat(guarded.path("problems").toString()).contains("would delete 2 contacts in the CRM");
        assertThat(guarded.path("crm").path("deleted").asInt()).isZero();
        assertThat(host.call("GET", "v1/contacts/" + first, ADMIN, null).statusCode()).isEqualTo(200);
        assertThat(host.call("GET", "v1/contacts/" + second, ADMIN, null).statusCode()).isEqualTo(200);
        assertThat(run("it-guard").path("status").asText()).isEqualTo("DELETE_GUARD");
    }

    @Test
    void anInvalidSyncTokenLeadsToAFullResyncWithoutDuplicates() throws Exception {
        String path = book("it-token", "dav.token", 0.5);
        String account = account("(주)중앙기계 IT6", "dav.token");
        contact(account, "{\"name\":\"이광수\",\"mobile\":\"010-3600-0001\"}");
        contact(account, "{\"name\":\"전소민\",\"mobile\":\"010-3600-0002\"}");
        dav.put(path + "t-1.vcf", card("t-1", "양세찬", "(주)중앙기계 IT6", "010-3600-0003"));
        run("it-token");
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(
                "UPDATE sync_book SET sync_token = ? WHERE address_book = ?")) {
            s.setString(1, "http://radicale.org/ns/sync/0000000000000000000000000000000000000000");
            s.setString(2, "it-token");
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        dav.put(path + "t-2.vcf", card("t-2", "지석진", "(주)중앙기계 IT6", "010-3600-0004"));

        JsonNode full = run("it-token");
        assertThat(full.path("mode").asText()).as(full.toString()).isEqualTo("full");
        assertThat(full.path("crm").path("created").asInt()).isEqualTo(1);
        assertThat(full.path("groupware").path("created").asInt()).isZero();
        assertThat(dav.hrefs(path)).hasSize(4);
        JsonNode contacts = host.read(host.call("GET", "v1/accounts/" + account + "/contacts", ADMIN, null));
        assertThat(contacts.path("total").asInt()).isEqualTo(4);
        assertThat(run("it-token").path("mode").asText()).isEqualTo("incremental");
    }

    @Test
    void aMalformedCardIsReportedAndSkippedAndTheRestIsSynchronised() throws Exception {
        String path = book("it-malformed", "dav.malformed", 0.5);
        dav.put(path + "bad.vcf", "BEGIN:VCARD\nVERSION:3.0\nUID:bad\nFN:\nTITLE:이름 없음\nEND:VCARD\n");
        dav.put(path + "good.vcf", card("good", "윤하늘", "(주)서부식품 IT7", "010-3700-0001"));
        dav.put(path + "bad-email.vcf", "BEGIN:VCARD\nVERSION:3.0\nUID:bad-email\nFN:문가영\nORG:(주)서부식품 IT7\n"
                + "EMAIL:moon-at-seobu\nEND:VCARD\n");
        dav.put(path + "good2.vcf", card("good2", "남궁민", "(주)서부식품 IT7", "010-3700-0002"));

        JsonNode r = run("it-malformed");
        assertThat(r.path("status").asText()).as(r.toString()).isEqualTo("PARTIAL");
        assertThat(r.path("groupware").path("errors").asInt()).isEqualTo(1);
        assertThat(r.path("problems").toString()).contains(path + "bad.vcf", "malformed vCard");
        assertThat(r.path("crm").path("errors").asInt()).isEqualTo(1);
        assertThat(r.path("problems").toString()).contains(path + "bad-email.vcf", "field email");
        assertThat(r.path("crm").path("created").asInt()).isEqualTo(2);
        assertThat(r.path("problems").toString()).doesNotContain("moon-at-seobu", "문가영");
        JsonNode names = host.read(host.call("GET", "v1/accounts/" + onlyAccount("서부식품 IT7").path("key").asText()
                + "/contacts", ADMIN, null));
        assertThat(names.path("total").asInt()).isEqualTo(2);
        assertThat(names.toString()).contains("윤하늘", "남궁민");
    }

    @Test
    void aCardOfAKnownContactIsLinkedToItByPhoneNotDuplicated() throws Exception {
        String path = book("it-match", "dav.match", 0.5);
        String account = account("(주)세진테크 IT8", "dav.elsewhere");
        String key = contact(account, "{\"name\":\"한예린\",\"mobile\":\"010-3800-0001\"}");
        dav.put(path + "m-1.vcf", """
                BEGIN:VCARD
                VERSION:4.0
                UID:m-1
                FN:한예린
                ORG:세진테크
                TITLE:주임
                TEL;TYPE=cell:+82 10 3800 0001
                END:VCARD
                """);
        JsonNode r = run("it-match");
        assertThat(r.path("crm").path("created").asInt()).as(r.toString()).isZero();
        assertThat(r.path("crm").path("updated").asInt()).isEqualTo(1);
        JsonNode linked = host.read(host.call("GET", "v1/contacts/" + key, ADMIN, null));
        assertThat(linked.path("title").asText()).isEqualTo("주임");
        assertThat(host.read(host.call("GET", "v1/accounts/" + account + "/contacts", ADMIN, null)).path("total").asInt())
                .isEqualTo(1);
        assertThat(unfold(dav.get(path + "m-1.vcf"))).contains("VERSION:4.0", "FN:한예린", "UID:m-1");
    }

    // --- helpers

    private static String book(String name, String ownerRep, double guardShare) throws Exception {
        String path = dav.newAddressBook(name);
        configure(name, dav.base, path, ownerRep, guardShare);
        return path;
    }

    private static void configure(String name, String url, String path, String ownerRep, double guardShare)
            throws Exception {
        AddressBooks.configure(host, name, url, path, ownerRep, guardShare);
    }

    private static JsonNode run(String name) throws Exception {
        return AddressBooks.run(host, name);
    }

    private static String account(String name, String ownerRep) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts", ADMIN,
                "{\"name\":\"" + name + "\",\"ownerRep\":\"" + ownerRep + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static String contact(String account, String json) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts/" + account + "/contacts", ADMIN, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static void update(String key, String field, String value) throws Exception {
        JsonNode current = host.read(host.call("GET", "v1/contacts/" + key, ADMIN, null));
        ObjectNode change = ((ObjectNode) current.deepCopy()).put(field, value);
        HttpResponse<String> r = host.call("PUT", "v1/contacts/" + key, ADMIN, change.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static JsonNode onlyAccount(String name) throws Exception {
        JsonNode found = host.read(host.call("GET", "v1/customers?kind=COMPANY&q=" + CrmHost.escape(name), ADMIN, null));
        assertThat(found.path("total").asInt()).as(found.toString()).isEqualTo(1);
        return found.path("items").get(0);
    }

    private static JsonNode onlyContact(String accountKey) throws Exception {
        JsonNode list = host.read(host.call("GET", "v1/accounts/" + accountKey + "/contacts", ADMIN, null));
        assertThat(list.path("total").asInt()).as(list.toString()).isEqualTo(1);
        return list.path("items").get(0);
    }

    private static String card(String uid, String name, String org, String mobile) {
        return "BEGIN:VCARD\nVERSION:3.0\nUID:" + uid + "\nFN:" + name + "\nORG:" + org + "\nTEL;TYPE=CELL:" + mobile
                + "\nEND:VCARD\n";
    }

    private static String none() {
        return "{\"created\":0,\"updated\":0,\"deleted\":0,\"conflicts\":0,\"errors\":0}";
    }

    /** vCard lines longer than 75 octets are folded; tests compare whole values. */
    private static String unfold(String vcard) {
        return vcard.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "");
    }
}
