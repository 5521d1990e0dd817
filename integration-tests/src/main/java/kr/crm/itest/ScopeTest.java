package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static kr.crm.itest.CrmHost.PASSWORD;
import static kr.crm.itest.CrmHost.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.UserDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ownership scoping (issue 10): two sales teams; a rep sees the accounts he owns or has an open task for, a manager
 * those of his team, an admin all; through REST reads and lists, an export and the CardDAV address book alike.
 */
class ScopeTest extends CrmTest {
    private static final String REP_A = "scope.rep.a";
    private static final String MANAGER_A = "scope.manager.a";
    private static final String REP_B = "scope.rep.b";
    private static Radicale dav;

    @BeforeAll
    static void twoTeams() throws Exception {
        UserDirectory users = CrmHost.service(host.context, UserDirectory.class);
        users.saveUser(REP_A, "김일팀", Set.of(CrmRoles.REP), PASSWORD.toCharArray());
        users.saveUser(MANAGER_A, "박팀장", Set.of(CrmRoles.MANAGER), PASSWORD.toCharArray());
        users.saveUser(REP_B, "최이팀", Set.of(CrmRoles.REP), PASSWORD.toCharArray());
        team(REP_A, "영업1팀");
        team(MANAGER_A, "영업1팀");
        team(REP_B, "영업2팀");
        dav = Radicale.get();
    }

    @Test
    void segmentMembersAndPostalListsHoldOnlyTheAccountsTheCallerMaySeeWhileTheSizeIsEveryones() throws Exception {
        CampaignFixture f = new CampaignFixture(host);
        String u = unique();
        String mine = account("세그먼트 일팀 " + u, REP_A, f.region, LocalDate.of(2001, 3, 1));
        String theirs = account("세그먼트 이팀 " + u, REP_B, f.region, LocalDate.of(2002, 4, 1));
        long segment = f.segment(2);

        assertThat(memberKeys(REP_A, segment)).containsExactly(mine);
        assertThat(memberKeys(REP_B, segment)).containsExactly(theirs);
        assertThat(memberKeys(MANAGER_A, segment)).containsExactly(mine);
        assertThat(memberKeys(ADMIN, segment)).containsExactlyInAnyOrder(mine, theirs);
        JsonNode asRep = host.read(host.call("GET", "v1/segments/" + segment, REP_A, null));
        assertThat(asRep.path("members").asInt()).as("the segment's size is an aggregate").isEqualTo(2);

        assertThat(postalListed(REP_A, segment)).isEqualTo(1);
        assertThat(postalListed(ADMIN, segment)).isEqualTo(2);
    }

    @Test
    void aRepListsHisOwnTasksAManagerHisTeamsAndAnAdminAnyones() throws Exception {
        assertThat(status(REP_A, "v1/tasks?rep=me")).isEqualTo(200);
        assertThat(status(REP_A, "v1/tasks?rep=" + REP_A)).isEqualTo(200);
        HttpResponse<String> other = host.call("GET", "v1/tasks?rep=" + REP_B, REP_A, null);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains(REP_B).doesNotContain("\"items\"");
        assertThat(status(REP_A, "v1/tasks?rep=" + REP_B + "&status=DONE")).isEqualTo(403);
        assertThat(status(MANAGER_A, "v1/tasks?rep=" + REP_A + "&overdue=true")).isEqualTo(200);
        assertThat(status(MANAGER_A, "v1/tasks?rep=" + REP_B)).isEqualTo(403);
        assertThat(status(ADMIN, "v1/tasks?rep=" + REP_B)).isEqualTo(200);
        assertThat(status(VIEWER, "v1/tasks?rep=" + REP_B)).isEqualTo(200);
    }

    @Test
    void aConsentIsRecordedOnlyForAPersonTheRepMaySeeButAnOptOutFromAnyone() throws Exception {
        String u = unique();
        String account = account("동의상사 " + u, REP_A, "서울", LocalDate.of(2003, 5, 1));
        String person = contact(account, "동의 " + u, "010-4200-0001");
        String body = """
                {"subjectKey":"%s","channel":"EMAIL","purpose":"ADVERTISING","granted":true,"method":"PHONE",
                 "noticeVersion":"v1","occurredAt":"%s"}""".formatted(person,
                java.time.OffsetDateTime.now(ZoneId.of("Asia/Seoul")).minusMinutes(1).withNano(0));
        HttpResponse<String> refused = host.call("POST", "v1/consents", REP_B, body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
        assertThat(refused.body()).contains("customer " + person + " not found");
        assertThat(host.call("POST", "v1/consents", REP_A, body).statusCode()).isEqualTo(201);
        HttpResponse<String> optOut = host.call("POST", "v1/consents/opt-outs", REP_B,
                "{\"customerKey\":\"" + person + "\",\"channel\":null,\"method\":\"PHONE\"}");
        assertThat(optOut.statusCode()).as("an opt-out is never refused").isEqualTo(201);
    }

    private static List<String> memberKeys(String user, long segment) throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/segments/" + segment + "/members?size=100", user, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode page = host.read(r);
        assertThat(page.path("total").asLong()).isEqualTo(page.path("items").size());
        return page.path("items").findValuesAsText("customerKey");
    }

    /** Members on the list plus members left out: every member of the segment the caller may see, once. */
    private static long postalListed(String user, long segment) throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/postal-lists/segments/" + segment, user, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode list = host.read(r);
        long excluded = 0;
        for (JsonNode n : list.path("excluded")) {
            excluded += n.asLong();
        }
        return list.path("recipients").size() + excluded;
    }

    private static void team(String user, String team) throws Exception {
        String body = team == null ? "{\"team\":null}" : "{\"team\":\"" + team + "\"}";
        HttpResponse<String> r = host.call("PUT", "v1/users/" + user + "/team", ADMIN, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(host.read(r).path("team").isNull() ? null : host.read(r).path("team").asText()).isEqualTo(team);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static String account(String name, String owner, String region, LocalDate foundedOn) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts", ADMIN, """
                {"name":"%s","ownerRep":"%s","region":"%s","phone":"02-555-0199","foundedOn":"%s"}"""
                .formatted(name, owner, region, foundedOn));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static String contact(String account, String name, String mobile) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts/" + account + "/contacts", ADMIN,
                "{\"name\":\"%s\",\"mobile\":\"%s\"}".formatted(name, mobile));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static int status(String user, String path) throws Exception {
        return host.call("GET", path, user, null).statusCode();
    }

    private static List<String> keysFound(String user, String text) throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/customers?q=" + CrmHost.escape(text), user, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode page = host.read(r);
        assertThat(page.path("total").asLong()).isEqualTo(page.path("items").size());
        return page.path("items").findValuesAsText("key");
    }

    @Test
    void aRepCannotReadAnotherTeamsAccountThroughRestAndTheAnswerLooksAsIfItDidNotExist() throws Exception {
        String u = unique();
        LocalDate founded = LocalDate.of(2001, 3, 2);
        String mine = account("(주)스코프" + u + "일", REP_A, "서울", founded);
        String theirs = account("(주)스코프" + u + "이", REP_B, "서울", founded);
        String theirContact = contact(theirs, "정이팀" + u, "010-7700-0002");
        contact(mine, "정일팀" + u, "010-7700-0001");

        assertThat(status(REP_A, "v1/customers/" + mine)).isEqualTo(200);
        HttpResponse<String> hidden = host.call("GET", "v1/customers/" + theirs, REP_A, null);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(host.read(hidden).path("error").asText()).isEqualTo("customer " + theirs + " not found");
        String missing = "CZZZZZZZZZZZ";
        HttpResponse<String> absent = host.call("GET", "v1/customers/" + missing, ADMIN, null);
        assertThat(absent.statusCode()).isEqualTo(404);
        assertThat(host.read(absent).path("error").asText()).as("the same words as for a key of no one")
                .isEqualTo("customer " + missing + " not found");

        for (String path : List.of("v1/accounts/" + theirs + "/contacts", "v1/contacts/" + theirContact,
                "v1/contact-logs?account=" + theirs, "v1/orders?customer=" + theirs, "v1/tasks?account=" + theirs,
                "v1/service-requests?account=" + theirs)) {
            assertThat(status(REP_A, path)).as(path).isEqualTo(404);
            assertThat(status(REP_B, path)).as(path + " for its owner").isEqualTo(200);
        }
        HttpResponse<String> write = host.call("PUT", "v1/customers/" + theirs, REP_A,
                "{\"kind\":\"COMPANY\",\"name\":\"가로채기\",\"version\":1}");
        assertThat(write.statusCode()).isEqualTo(404);
        assertThat(host.read(host.call("GET", "v1/customers/" + theirs, ADMIN, null)).path("name").asText())
                .isEqualTo("(주)스코프" + u + "이");

        assertThat(keysFound(REP_A, "스코프" + u)).containsExactly(mine);
        assertThat(keysFound(REP_B, "스코프" + u)).containsExactly(theirs);
        assertThat(keysFound(ADMIN, "스코프" + u)).containsExactlyInAnyOrder(mine, theirs);
        assertThat(keysFound(VIEWER, "스코프" + u)).as("viewers read every account, masked")
                .containsExactlyInAnyOrder(mine, theirs);
        assertThat(host.read(host.call("GET", "v1/customers/" + theirs, VIEWER, null)).path("phone").asText())
                .contains("*").isNotEqualTo("02-555-0199");
    }

    @Test
    void aManagerSeesEveryAccountOfHisTeamAndATeamChangeCountsAtOnce() throws Exception {
        String u = unique();
        LocalDate founded = LocalDate.of(2001, 3, 2);
        String repsAccount = account("(주)팀장뷰" + u + "일", REP_A, "서울", founded);
        String otherTeams = account("(주)팀장뷰" + u + "이", REP_B, "서울", founded);

        assertThat(status(MANAGER_A, "v1/customers/" + repsAccount)).isEqualTo(200);
        assertThat(status(MANAGER_A, "v1/customers/" + otherTeams)).isEqualTo(404);
        assertThat(keysFound(MANAGER_A, "팀장뷰" + u)).containsExactly(repsAccount);
        HttpResponse<String> logged = host.call("POST", "v1/contact-logs", MANAGER_A,
                "{\"accountKey\":\"%s\",\"type\":\"CALL\",\"summary\":\"팀장 통화\"}".formatted(repsAccount));
        assertThat(logged.statusCode()).as("a manager may do what a rep may: " + logged.body()).isEqualTo(201);
        assertThat(host.read(host.call("GET", "v1/customers/" + repsAccount, MANAGER_A, null)).path("phone").asText())
                .as("in full, as for a rep").isEqualTo("02-555-0199");

        team(REP_B, "영업1팀");
        try {
            assertThat(keysFound(MANAGER_A, "팀장뷰" + u)).containsExactlyInAnyOrder(repsAccount, otherTeams);
            assertThat(status(REP_A, "v1/customers/" + otherTeams)).as("a rep still sees only his own").isEqualTo(404);
        } finally {
            team(REP_B, "영업2팀");
        }
        assertThat(status(MANAGER_A, "v1/customers/" + otherTeams)).isEqualTo(404);
        assertThat(host.call("PUT", "v1/users/" + REP_B + "/team", REP_A, "{\"team\":\"영업1팀\"}").statusCode())
                .as("only admins place people in teams").isEqualTo(403);
    }

    @Test
    void anOpenTaskAssignedToARepShowsHimTheAccountUntilItIsDone() throws Exception {
        String u = unique();
        String theirs = account("(주)배정" + u, REP_B, "서울", LocalDate.of(2001, 3, 2));
        assertThat(status(REP_A, "v1/customers/" + theirs)).isEqualTo(404);

        long task = OpenTasks.insert(theirs, REP_A, "VISIT", "대리 방문 배정");
        assertThat(status(REP_A, "v1/customers/" + theirs)).isEqualTo(200);
        assertThat(keysFound(REP_A, "배정" + u)).containsExactly(theirs);

        HttpResponse<String> done = host.call("POST", "v1/tasks/" + task + "/complete", REP_A,
                "{\"version\":1,\"outcome\":\"DONE\",\"note\":\"방문 완료\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(status(REP_A, "v1/customers/" + theirs)).isEqualTo(404);
        assertThat(keysFound(REP_A, "배정" + u)).isEmpty();
    }

    @Test
    void anExportHoldsOnlyTheAccountsTheCallerMaySee() throws Exception {
        String u = unique();
        String region = "스코프지역" + u;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        String mine = account("(주)수출일" + u, REP_A, region, today.minusYears(10));
        String theirs = account("(주)수출이" + u, REP_B, region, today.minusYears(12));
        String path = "v1/analytics/anniversaries?days=3&region=" + CrmHost.escape(region) + "&format=csv&reason="
                + CrmHost.escape("창립기념일 안내");

        HttpResponse<String> reps = host.call("GET", path, REP_A, null);
        assertThat(reps.statusCode()).as(reps.body()).isEqualTo(200);
        assertThat(reps.body()).contains(mine, "(주)수출일" + u).doesNotContain(theirs, "(주)수출이" + u);
        assertThat(reps.body().lines().count()).as("header and one row").isEqualTo(2);

        String managers = host.call("GET", path, MANAGER_A, null).body();
        assertThat(managers).contains(mine).doesNotContain(theirs);
        String admins = host.call("GET", path, ADMIN, null).body();
        assertThat(admins).contains(mine, theirs);
        JsonNode json = host.read(host.call("GET", "v1/analytics/anniversaries?days=3&region=" + CrmHost.escape(region),
                REP_B, null));
        assertThat(json.findValuesAsText("customerKey")).containsExactly(theirs);
    }

    @Test
    void aRepsAddressBookCarriesOnlyTheContactsHeMaySeeAndAManagersTheTeams() throws Exception {
        String u = unique();
        String tail = String.format("%04d", Math.floorMod(u.hashCode(), 10_000));
        LocalDate founded = LocalDate.of(2001, 3, 2);
        String mine = account("(주)주소록일" + u, REP_A, "서울", founded);
        String theirs = account("(주)주소록이" + u, REP_B, "서울", founded);
        contact(mine, "한일팀" + u, "010-7810-" + tail);
        contact(theirs, "한이팀" + u, "010-7820-" + tail);

        String managerBook = book("it-scope-manager-" + u, MANAGER_A);
        run("it-scope-manager-" + u);
        assertThat(dav.findHref(managerBook, "한일팀" + u)).isNotNull();
        assertThat(dav.findHref(managerBook, "한이팀" + u)).as("another team's contact").isNull();

        String repBook = book("it-scope-rep-" + u, REP_B);
        run("it-scope-rep-" + u);
        assertThat(dav.findHref(repBook, "한이팀" + u)).isNotNull();
        assertThat(dav.findHref(repBook, "한일팀" + u)).isNull();
    }

    @Test
    void recordsReadByTheirOwnIdFollowTheirAccountAndAnAssignedServiceRequestShowsTheAccount() throws Exception {
        String u = unique();
        String brn = businessNumber(u);
        HttpResponse<String> made = host.call("POST", "v1/accounts", ADMIN, """
                {"name":"(주)기록%s","ownerRep":"%s","businessRegistrationNumber":"%s"}""".formatted(u, REP_B, brn));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String theirs = host.read(made).path("key").asText();

        HttpResponse<String> logged = host.call("POST", "v1/contact-logs", REP_B,
                "{\"accountKey\":\"%s\",\"type\":\"VISIT\",\"summary\":\"정기 방문\"}".formatted(theirs));
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        String entry = host.read(logged).path("id").asText();
        assertThat(status(REP_B, "v1/contact-logs/" + entry)).isEqualTo(200);
        assertThat(status(REP_A, "v1/contact-logs/" + entry)).isEqualTo(404);
        assertThat(status(REP_A, "v1/contact-logs/" + entry + "/history")).isEqualTo(404);
        assertThat(host.call("POST", "v1/contact-logs", REP_A,
                "{\"accountKey\":\"%s\",\"type\":\"VISIT\",\"summary\":\"남의 고객\"}".formatted(theirs)).statusCode())
                .isEqualTo(404);

        HttpResponse<String> delivered = host.call("POST", "v1/orders", ADMIN, """
                {"source":"scope-shop","orderNo":"S-%s","orderedAt":"2026-11-23T10:15:00+09:00","totalAmount":39000,
                 "buyer":{"kind":"COMPANY","name":"(주)기록%s","businessRegistrationNumber":"%s"}}""".formatted(u, u, brn));
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(201);
        assertThat(host.read(delivered).path("customerKey").asText()).isEqualTo(theirs);
        assertThat(status(REP_B, "v1/orders/scope-shop/S-" + u)).isEqualTo(200);
        assertThat(status(REP_A, "v1/orders/scope-shop/S-" + u)).isEqualTo(404);
        assertThat(refusedResources(REP_A, theirs)).as("each refusal is in the access log with the account")
                .contains("GET v1/contact-logs/{id}", "POST v1/contact-logs", "GET v1/orders/{source}/{orderNo}");

        HttpResponse<String> opened = host.call("POST", "v1/service-requests", REP_B, """
                {"accountKey":"%s","type":"REPAIR","channel":"PHONE","subject":"센서 점검","description":"센서 교체 요청"}"""
                .formatted(theirs));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String request = host.read(opened).path("id").asText();
        assertThat(status(REP_A, "v1/service-requests/" + request)).isEqualTo(404);
        assertThat(status(REP_A, "v1/service-requests/" + request + "/history")).isEqualTo(404);

        HttpResponse<String> assigned = host.call("PUT", "v1/service-requests/" + request + "/assignment", ADMIN,
                "{\"assignee\":\"%s\",\"comment\":\"AS 배정\",\"version\":1}".formatted(REP_A));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(status(REP_A, "v1/service-requests/" + request)).as("the assignee works on it").isEqualTo(200);
        assertThat(status(REP_A, "v1/customers/" + theirs)).as("and sees its account while it is open").isEqualTo(200);
    }

    /** The resources of the caller's refused attempts (access log, action DENIED) naming this account. */
    private static List<String> refusedResources(String user, String account) throws Exception {
        List<String> resources = new java.util.ArrayList<>();
        CrmHost.accessLogCopied();
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(
                "SELECT resource FROM access_log WHERE action = 'DENIED' AND username = ? AND customer_keys LIKE ?")) {
            s.setString(1, user);
            s.setString(2, "%" + account + "%");
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    resources.add(r.getString(1));
                }
            }
        }
        return resources;
    }

    /** A valid 사업자등록번호 of ten digits derived from {@code seed}: weights 1,3,7,1,3,7,1,3,5 and the check digit. */
    private static String businessNumber(String seed) {
        int[] d = new int[10];
        long n = Math.floorMod((long) seed.hashCode() * 7919L, 1_000_000_000L);
        for (int i = 8; i >= 0; i--) {
            d[i] = (int) (n % 10);
            n /= 10;
        }
        d[3] = 8; // 81: a corporation's middle digits
        d[4] = 1;
        int[] w = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += d[i] * w[i];
        }
        sum += d[8] * 5 / 10;
        d[9] = (10 - sum % 10) % 10;
        StringBuilder b = new StringBuilder();
        for (int x : d) {
            b.append(x);
        }
        return b.toString();
    }

    private static String book(String name, String owner) throws Exception {
        String path = dav.newAddressBook(name);
        AddressBooks.configure(host, name, dav.base, path, owner, null);
        return path;
    }

    private static void run(String name) throws Exception {
        JsonNode r = AddressBooks.run(host, name);
        assertThat(r.path("status").asText()).as(r.toString()).isEqualTo("OK");
    }
}
