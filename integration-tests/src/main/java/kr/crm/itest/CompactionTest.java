package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CompactionTest extends CrmTest {

    private String create(String name, String phone) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/customers", CrmHost.REP,
                "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"phone\":\"" + phone + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r).path("key").asText();
    }

    @Test
    void compactionMergesSureDuplicatesQueuesUnsureOnesAndLosesNoOrderArrivingMeanwhile() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String phone = "010-6" + String.format("%03d", Math.floorMod(u.hashCode(), 1000)) + "-" + "2468";
        String older = create("황보민" + u, phone);
        String twice = create("황보 민" + u, phone.replace("-", ""));
        String other = create("황보가을" + u, phone);

        CompletableFuture<Integer> arriving = CompletableFuture.supplyAsync(() -> {
            int stored = 0;
            for (int i = 0; i < 60; i++) {
                try {
                    HttpResponse<String> r = host.call("POST", "v1/orders", CrmHost.REP, """
                            {"source":"compact-%s","orderNo":"N%d","orderedAt":"2026-11-22T11:00:00+09:00",
                             "totalAmount":1000,"buyer":{"name":"황보민%s","phone":"%s"}}""".formatted(u, i, u, phone));
                    stored += r.statusCode() == 201 ? 1 : 0;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return stored;
        });
        HttpResponse<String> run = host.call("POST", "v1/merges/compaction", CrmHost.ADMIN, null);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(arriving.get()).isEqualTo(60);
        JsonNode result = host.read(run);
        assertThat(result.path("merged").asLong()).isGreaterThanOrEqualTo(1);

        assertThat(host.read(host.call("GET", "v1/customers/" + twice, CrmHost.VIEWER, null)).path("key").asText())
                .as("the later duplicate is an alias of the older key").isEqualTo(older);
        assertThat(host.read(host.call("GET", "v1/orders?customer=" + older + "&size=200", CrmHost.VIEWER, null))
                .path("total").asLong()).as("every order that arrived during the scan is on the survivor").isEqualTo(60);
        boolean queued = false;
        for (JsonNode review : host.read(host.call("GET", "v1/reviews?limit=500", CrmHost.ADMIN, null))) {
            queued |= review.path("customerKey").asText().equals(other) && review.path("candidateKey").asText().equals(older);
        }
        assertThat(queued).as("a shared phone under another name is only queued").isTrue();
        assertThat(host.read(host.call("GET", "v1/customers/" + other, CrmHost.VIEWER, null)).path("key").asText())
                .isEqualTo(other);
    }
}
