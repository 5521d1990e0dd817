package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TaskRulesTest extends CrmTest {

    private String deliver(String company, String brn, String... orderNoAndAmount) throws Exception {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < orderNoAndAmount.length; i += 2) {
            String at = OffsetDateTime.now(ZoneOffset.ofHours(9)).minusDays(i + 1).withNano(0).toString();
            batch.append(i == 0 ? "" : ",").append("""
                    {"source":"erp","orderNo":"%s","orderedAt":"%s","totalAmount":%s,
                     "buyer":{"kind":"COMPANY","name":"%s","businessRegistrationNumber":"%s"}}"""
                    .formatted(orderNoAndAmount[i], at, orderNoAndAmount[i + 1], company, brn));
        }
        HttpResponse<String> r = host.call("POST", "v1/orders/batch", CrmHost.REP, batch.append("]").toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r).path("results").get(0).path("customerKey").asText();
    }

    /** Waits for the task rules (they run on events) to leave a task that matches. */
    private JsonNode awaitTask(String account, Predicate<JsonNode> match) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        JsonNode tasks = null;
        while (System.nanoTime() < deadline) {
            tasks = host.read(host.call("GET", "v1/tasks?account=" + account, CrmHost.VIEWER, null));
            for (JsonNode t : tasks) {
                if (match.test(t)) {
                    return t;
                }
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("no such task of " + account + " in time: " + tasks);
    }

    private static Predicate<JsonNode> task(String type, String status) {
        return t -> t.path("type").asText().equals(type) && t.path("status").asText().equals(status);
    }

    @Test
    void gradeChangesReplanTasksAndAnInterestedTmCallPlansAVisit() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String brn = Brns.random();
        String company = "(주)세진테크" + u;
        String key = ownedAccount(company, brn);

        assertThat(deliver(company, brn, "T1-" + u, "5000000")).isEqualTo(key);
        LeasedRuns.grading(host);
        JsonNode dm = awaitTask(key, task("DM", "OPEN"));
        assertThat(dm.path("ownerRep").asText()).isEqualTo(CrmHost.REP);
        assertThat(dm.path("ruleId").asText()).isEqualTo("plan:C");

        deliver(company, brn, "T2-" + u, "40000000", "T3-" + u, "40000000", "T4-" + u, "40000000");
        LeasedRuns.grading(host);
        JsonNode tm = awaitTask(key, task("TM", "OPEN"));
        assertThat(tm.path("why").asText()).contains("C -> A");
        awaitTask(key, t -> t.path("id").asText().equals(dm.path("id").asText())
                && t.path("status").asText().equals("CANCELLED"));
        assertThat(host.read(host.call("GET", "v1/tasks?account=" + key, CrmHost.VIEWER, null)).findValuesAsText("status")
                .stream().filter("OPEN"::equals).count()).as("one open task: the TM call").isEqualTo(1);

        JsonNode mine = host.read(host.call("GET", "v1/tasks?rep=me&until=" + LocalDate.now().plusDays(40),
                CrmHost.REP, null));
        assertThat(mine.findValuesAsText("id")).contains(tm.path("id").asText());

        HttpResponse<String> noOutcome = host.call("POST", "v1/tasks/" + tm.path("id").asText() + "/complete",
                CrmHost.REP, "{\"version\":" + tm.path("version").asLong() + "}");
        assertThat(noOutcome.statusCode()).isEqualTo(400);
        assertThat(host.read(noOutcome).path("field").asText()).isEqualTo("outcome");

        HttpResponse<String> done = host.call("POST", "v1/tasks/" + tm.path("id").asText() + "/complete", CrmHost.REP,
                "{\"version\":" + tm.path("version").asLong() + ",\"outcome\":\"INTERESTED\",\"note\":\"신제품 관심\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(host.read(done).path("status").asText()).isEqualTo("DONE");
        assertThat(host.read(done).path("outcome").asText()).isEqualTo("INTERESTED");

        JsonNode doneList = host.read(host.call("GET", "v1/tasks?rep=me&status=DONE", CrmHost.REP, null));
        assertThat(doneList.findValuesAsText("id")).contains(tm.path("id").asText());
        assertThat(doneList.findValuesAsText("status")).containsOnly("DONE");
        assertThat(host.call("GET", "v1/tasks?rep=me&status=LATE", CrmHost.REP, null).statusCode()).isEqualTo(400);

        JsonNode visit = awaitTask(key, task("VISIT", "OPEN"));
        assertThat(visit.path("ruleId").asText()).isEqualTo("followup:tm-interested");
        JsonNode nextTm = awaitTask(key, task("TM", "OPEN"));
        assertThat(LocalDate.parse(nextTm.path("dueOn").asText())).isAfter(LocalDate.now().plusDays(20));

        HttpResponse<String> again = host.call("POST", "v1/tasks/" + tm.path("id").asText() + "/complete",
                CrmHost.REP, "{\"version\":" + tm.path("version").asLong() + ",\"outcome\":\"REACHED\"}");
        assertThat(again.statusCode()).isEqualTo(400);
    }

    @Test
    void tasksNameTheContactAreEscalatedOnceWhenOverdueAndTheSweepReplansAccountsWithoutOne() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String brn = Brns.random();
        String company = "(주)대한정공" + u;
        String key = ownedAccount(company, brn);
        String contactKey = contact(key,
                "{\"name\":\"오세훈\",\"title\":\"구매과장\",\"mobile\":\"010-4321-8765\"}");

        assertThat(deliver(company, brn, "E1-" + u, "3000000")).isEqualTo(key);
        LeasedRuns.grading(host);
        JsonNode dm = awaitTask(key, task("DM", "OPEN"));
        assertThat(dm.path("contactKey").asText()).as("the account's contact person").isEqualTo(contactKey);
        assertThat(dm.path("why").asText()).contains("direct mail: confirm the address");
        assertThat(dm.path("escalatedAt").isTextual()).as("not escalated").isFalse();

        assertThat(host.call("POST", "v1/tasks/sweep", CrmHost.REP, null).statusCode()).isEqualTo(403);

        // ten days pass without the rep doing it
        sql("UPDATE task SET due_on = CURRENT_DATE - INTERVAL 10 DAY WHERE id = " + dm.path("id").asLong());
        assertThat(host.read(host.call("GET", "v1/tasks?rep=me&overdue=true", CrmHost.REP, null)).findValuesAsText("id"))
                .contains(dm.path("id").asText());
        JsonNode sweep = LeasedRuns.untilRan(host, "v1/tasks/sweep", CrmHost.ADMIN); // the scheduled one may hold it
        assertThat(sweep.path("escalated").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode escalated = find(host.read(host.call("GET", "v1/tasks/escalated", CrmHost.ADMIN, null)),
                dm.path("id").asText());
        assertThat(escalated.path("escalatedAt").isTextual()).as("escalated").isTrue();
        assertThat(host.call("GET", "v1/tasks/escalated", CrmHost.REP, null).statusCode()).isEqualTo(403);

        LeasedRuns.untilRan(host, "v1/tasks/sweep", CrmHost.ADMIN);
        JsonNode again = find(host.read(host.call("GET", "v1/tasks/escalated", CrmHost.ADMIN, null)),
                dm.path("id").asText());
        assertThat(again.path("escalatedAt").asText()).as("escalated once").isEqualTo(escalated.path("escalatedAt").asText());
        assertThat(again.path("version").asLong()).isEqualTo(escalated.path("version").asLong());

        // the task is closed outside the rules (as for accounts graded before the tasks bundle came)
        sql("UPDATE task SET status = 'CANCELLED' WHERE account_key = '" + key + "'");
        JsonNode replanned = LeasedRuns.untilRan(host, "v1/tasks/sweep", CrmHost.ADMIN);
        assertThat(replanned.path("planned").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode fresh = awaitTask(key, task("DM", "OPEN"));
        assertThat(fresh.path("id").asText()).isNotEqualTo(dm.path("id").asText());
        assertThat(fresh.path("why").asText()).contains("had no open task of its plan");
        assertThat(fresh.path("contactKey").asText()).isEqualTo(contactKey);
        assertThat(LeasedRuns.untilRan(host, "v1/tasks/sweep", CrmHost.ADMIN).path("planned").asInt())
                .as("planned once").isZero();
    }

    @Test
    void aContactPersonWhoAskedToStopProcessingIsNoLongerNamedOnTasks() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String brn = Brns.random();
        String company = "(주)한결상사" + u;
        String key = ownedAccount(company, brn);
        String other = contact(key, "{\"name\":\"김지원\",\"title\":\"대리\",\"mobile\":\"010-2468-1357\"}");
        String asker = contact(key, "{\"name\":\"박서준\",\"title\":\"구매팀장\",\"mobile\":\"010-1357-2468\"}");

        assertThat(deliver(company, brn, "R1-" + u, "3000000")).isEqualTo(key);
        LeasedRuns.grading(host);
        JsonNode dm = awaitTask(key, task("DM", "OPEN"));
        assertThat(dm.path("contactKey").asText()).as("the most recently updated contact person").isEqualTo(asker);

        assertThat(SubjectCases.restrict(host, asker).path("outcome").asText()).startsWith("processing stopped")
                .contains("tasks no longer name the person (1 open task(s) changed)");

        JsonNode same = find(host.read(host.call("GET", "v1/tasks?account=" + key, CrmHost.VIEWER, null)),
                dm.path("id").asText());
        assertThat(same.path("status").asText()).isEqualTo("OPEN");
        assertThat(same.path("contactKey").isTextual()).as("the task names no contact").isFalse();
        assertThat(same.path("version").asLong()).isEqualTo(dm.path("version").asLong() + 1);

        JsonNode person = host.read(host.call("GET", "v1/contacts/" + asker, CrmHost.REP, null));
        String restrictedAt = person.path("restrictedAt").asText();
        assertThat(restrictedAt).as("the contact shows the restriction").isNotEmpty();
        HttpResponse<String> corrected = host.call("PUT", "v1/contacts/" + asker, CrmHost.REP,
                ((ObjectNode) person.deepCopy()).put("title", "구매부장").toString());
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(host.read(corrected).path("restrictedAt").asText()).as("a correction keeps it")
                .isEqualTo(restrictedAt);

        // the person who asks what is held sees the restriction among it
        HttpResponse<String> access = host.call("POST", "v1/data-subject-requests", CrmHost.REP, """
                {"customerKey":"%s","right":"ACCESS","description":"열람 요구"}""".formatted(asker));
        assertThat(access.statusCode()).as(access.body()).isEqualTo(201);
        JsonNode held = host.read(host.call("GET", "v1/data-subject-requests/"
                + host.read(access).path("requestId").asText() + "/data", CrmHost.ADMIN, null));
        assertThat(held.path("areas").path("contactPersons").get(0).path("restrictedAt").asText()).isNotEmpty();

        // the account's grade changes: the new plan's task names the other contact person
        deliver(company, brn, "R2-" + u, "40000000", "R3-" + u, "40000000", "R4-" + u, "40000000");
        LeasedRuns.grading(host);
        JsonNode tm = awaitTask(key, task("TM", "OPEN"));
        assertThat(tm.path("contactKey").asText()).isEqualTo(other);
    }

    /** An account the rep owns, so that the grade plans give him its tasks. */
    private static String ownedAccount(String company, String brn) throws Exception {
        HttpResponse<String> created = host.call("POST", "v1/accounts", CrmHost.REP,
                "{\"name\":\"%s\",\"businessRegistrationNumber\":\"%s\",\"ownerRep\":\"%s\"}"
                        .formatted(company, brn, CrmHost.REP));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return host.read(created).path("key").asText();
    }

    private static String contact(String account, String body) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/accounts/" + account + "/contacts", CrmHost.REP, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    private static JsonNode find(JsonNode tasks, String id) {
        for (JsonNode t : tasks) {
            if (t.path("id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("task " + id + " not in " + tasks);
    }

    private static void sql(String statement) throws Exception {
        try (java.sql.Connection c = CrmHost.jdbc(); java.sql.Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).isGreaterThanOrEqualTo(1);
        }
    }
}
