package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A complaint of the contact log is a service request of type COMPLAINT; both keep one status. */
class ComplaintRequestTest extends CrmTest {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** Reads {@code path} as the viewer until {@code wanted} holds (the bridge works off events). */
    private static JsonNode await(String path, Predicate<JsonNode> wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        JsonNode last = host.read(host.call("GET", path, CrmHost.VIEWER, null));
        while (!wanted.test(last) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
            last = host.read(host.call("GET", path, CrmHost.VIEWER, null));
        }
        assertThat(wanted.test(last)).as("%s: %s", path, last).isTrue();
        return last;
    }

    private static JsonNode logComplaint(String account, String summary) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/contact-logs", CrmHost.REP,
                "{\"accountKey\":\"%s\",\"type\":\"COMPLAINT\",\"summary\":\"%s\",\"outcome\":\"재발 방지 요청\"}"
                        .formatted(account, summary));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r);
    }

    @Test
    void aComplaintLoggedOnTheTabBecomesOneServiceRequestAndFollowsItsResolution() throws Exception {
        String a = ServiceRequestTest.account("(주)불만전환" + unique());
        JsonNode complaint = logComplaint(a, "납품 포장 파손");
        String logId = complaint.path("id").asText();

        JsonNode requests = await("v1/service-requests?open=true&account=" + a, r -> r.size() == 1);
        JsonNode request = requests.get(0);
        assertThat(request.path("type").asText()).isEqualTo("COMPLAINT");
        assertThat(request.path("contactLogId").asText()).isEqualTo(logId);
        assertThat(request.path("subject").asText()).isEqualTo("납품 포장 파손");
        assertThat(request.path("description").asText()).contains("재발 방지 요청");
        assertThat(request.path("createdBy").asText()).isEqualTo(CrmHost.REP);
        String id = request.path("id").asText();

        // editing the complaint tells the bridge again; it still makes no second request
        HttpResponse<String> edit = host.call("PUT", "v1/contact-logs/" + logId, CrmHost.REP,
                "{\"type\":\"COMPLAINT\",\"summary\":\"납품 포장 파손 (3건)\",\"version\":1}");
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
        TimeUnit.MILLISECONDS.sleep(500);
        assertThat(host.read(host.call("GET", "v1/service-requests?account=" + a, CrmHost.VIEWER, null))).hasSize(1);

        // the desk dispatches it to another rep, who works on it without owning the account (decision 270)
        HttpResponse<String> dispatched = host.call("PUT", "v1/service-requests/" + id + "/assignment", CrmHost.ADMIN,
                "{\"assignee\":\"%s\",\"comment\":\"AS 담당\",\"version\":1}".formatted(CrmHost.OTHER_REP));
        assertThat(dispatched.statusCode()).as(dispatched.body()).isEqualTo(200);
        HttpResponse<String> working = host.call("PUT", "v1/service-requests/" + id + "/status", CrmHost.OTHER_REP,
                "{\"status\":\"IN_PROGRESS\",\"comment\":\"회수 진행\",\"version\":2}");
        assertThat(working.statusCode()).as(working.body()).isEqualTo(200);
        await("v1/contact-logs/" + logId, c -> c.path("complaintStatus").asText().equals("IN_PROGRESS"));
        assertThat(host.read(host.call("GET", "v1/contact-logs/" + logId, CrmHost.VIEWER, null)).path("updatedBy").asText())
                .isEqualTo(CrmHost.OTHER_REP);

        HttpResponse<String> resolved = host.call("PUT", "v1/service-requests/" + id + "/status", CrmHost.OTHER_REP,
                "{\"status\":\"RESOLVED\",\"comment\":\"교환품 발송\",\"version\":3}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        await("v1/contact-logs/complaints?account=" + a, JsonNode::isEmpty);
        assertThat(host.read(host.call("GET", "v1/service-requests?open=true&account=" + a, CrmHost.VIEWER, null))).isEmpty();
    }

    @Test
    void aComplaintResolvedInTheContactLogResolvesItsRequest() throws Exception {
        String a = ServiceRequestTest.account("(주)로그해결" + unique());
        JsonNode complaint = logComplaint(a, "배송 지연");
        String id = await("v1/service-requests?open=true&account=" + a, r -> r.size() == 1).get(0).path("id").asText();

        HttpResponse<String> resolved = host.call("PUT", "v1/contact-logs/" + complaint.path("id").asText() + "/status",
                CrmHost.REP, "{\"status\":\"RESOLVED\",\"version\":1}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        JsonNode request = await("v1/service-requests/" + id, r -> r.path("status").asText().equals("RESOLVED"));
        assertThat(request.path("resolvedAt").isNull()).isFalse();
        JsonNode history = host.read(host.call("GET", "v1/service-requests/" + id + "/history", CrmHost.VIEWER, null));
        assertThat(history.findValuesAsText("comment")).contains("complaint resolved in the contact log");
    }

    @Test
    void anOpenComplaintRequestNotFromTheContactLogCountsForGradingOnce() throws Exception {
        String a = ServiceRequestTest.account("(주)포털불만" + unique());
        ServiceRequestTest.create(CrmHost.REP, """
                {"accountKey":"%s","type":"COMPLAINT","channel":"PHONE","subject":"전화 불만","description":"응대 불친절"}"""
                .formatted(a));
        logComplaint(a, "방문 시 불만");
        await("v1/service-requests?open=true&account=" + a, r -> r.size() == 2);

        LeasedRuns.gradeAccount(host, a);
        JsonNode grade = host.read(host.call("GET", "v1/accounts/" + a + "/grade", CrmHost.VIEWER, null));
        assertThat(grade.path("measures").path("openComplaints").asInt())
                .as("one complaint request of its own, one complaint of the contact log (its request not counted again)")
                .isEqualTo(2);
    }
}
