package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The resolution clock stops while a request waits for the customer. The wait is set back in the database (the
 * controllable clock of this test); the working-time arithmetic across weekends and holidays is SlaPauseTest's in
 * the service bundle.
 */
class SlaPauseTest extends CrmTest {
    private static final String PATH = "v1/service-requests";

    private static JsonNode move(String id, String status, long version) throws Exception {
        HttpResponse<String> r = host.call("PUT", PATH + "/" + id + "/status", CrmHost.REP,
                "{\"status\":\"%s\",\"comment\":\"시험\",\"version\":%d}".formatted(status, version));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }

    @Test
    void timeWaitingForTheCustomerDoesNotCountAgainstTheResolutionTarget() throws Exception {
        String account = ServiceRequestTest.account("(주)고객대기" + UUID.randomUUID().toString().substring(0, 6));
        OffsetDateTime received = OffsetDateTime.now(ZoneOffset.ofHours(9)).minusDays(20).withNano(0);
        JsonNode r = ServiceRequestTest.create(CrmHost.REP, """
                {"accountKey":"%s","type":"INQUIRY","channel":"PHONE","subject":"견적 문의","description":"도면 필요",
                 "receivedAt":"%s"}""".formatted(account, received));
        String id = r.path("id").asText();
        Instant due = Instant.parse(r.path("resolutionDue").asText());
        assertThat(due).as("16 working hours, long past").isBefore(Instant.now().minusSeconds(86_400));

        JsonNode waiting = move(id, "WAITING_FOR_CUSTOMER", r.path("version").asLong());
        assertThat(waiting.path("waitingSince").isNull()).isFalse();
        // the wait began an hour after the request came in, when most of its target was still ahead
        try (Connection c = CrmHost.jdbc();
                PreparedStatement s = c.prepareStatement("UPDATE service_request SET waiting_since = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(received.toInstant().plusSeconds(3600)));
            s.setLong(2, Long.parseLong(id));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        JsonNode resumed = move(id, "IN_PROGRESS", waiting.path("version").asLong());
        assertThat(resumed.path("waitingSince").isNull()).isTrue();
        Instant moved = Instant.parse(resumed.path("resolutionDue").asText());
        assertThat(moved).as("the target moved on by the working time waited: it is ahead again").isAfter(Instant.now());
        assertThat(host.read(host.call("GET", PATH + "/" + id, CrmHost.VIEWER, null)).path("resolutionDue").asText())
                .isEqualTo(resumed.path("resolutionDue").asText());

        JsonNode again = move(id, "WAITING_FOR_CUSTOMER", resumed.path("version").asLong());
        JsonNode resolved = move(id, "RESOLVED", again.path("version").asLong());
        assertThat(Instant.parse(resolved.path("resolutionDue").asText())).as("a wait of seconds moves it by seconds of work")
                .isAfterOrEqualTo(moved).isBefore(moved.plusSeconds(4 * 86_400));
        assertThat(resolved.path("waitingSince").isNull()).isTrue();
    }
}
