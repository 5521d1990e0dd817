package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewQueueTest extends CrmTest {

    private JsonNode deliver(String source, String orderNo, String buyer) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/orders", CrmHost.REP, """
                {"source":"%s","orderNo":"%s","orderedAt":"2026-09-01T09:30:00+09:00","totalAmount":5000,"buyer":%s}
                """.formatted(source, orderNo, buyer));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return host.read(r);
    }

    private JsonNode reviewFor(String customerKey) throws Exception {
        for (JsonNode review : host.read(host.call("GET", "v1/reviews?limit=500", CrmHost.ADMIN, null))) {
            if (review.path("customerKey").asText().equals(customerKey)) {
                return review;
            }
        }
        return null;
    }

    @Test
    void aSharedPhoneUnderAnotherNameIsQueuedAndAnAdminMergesIt() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String email = "family." + u + "@example.com";
        JsonNode first = deliver("web-shop", "F1-" + u, "{\"name\":\"한지민" + u + "\",\"email\":\"" + email + "\"}");
        JsonNode second = deliver("web-shop", "F2-" + u, "{\"name\":\"한가람" + u + "\",\"email\":\"" + email + "\"}");

        assertThat(second.path("outcome").asText()).isEqualTo("QUEUED");
        assertThat(second.path("customerKey").asText()).isNotEqualTo(first.path("customerKey").asText());
        JsonNode review = reviewFor(second.path("customerKey").asText());
        assertThat(review).isNotNull();
        assertThat(review.path("candidateKey").asText()).isEqualTo(first.path("customerKey").asText());
        assertThat(review.path("score").asInt()).isEqualTo(50);
        assertThat(review.path("rule").asText()).isEqualTo("EMAIL");

        assertThat(host.call("POST", "v1/reviews/" + review.path("id").asLong() + "/merge", CrmHost.REP, null)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> merged = host.call("POST", "v1/reviews/" + review.path("id").asLong() + "/merge",
                CrmHost.ADMIN, null);
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(host.read(merged).path("status").asText()).isEqualTo("MERGED");
        assertThat(host.read(host.call("GET", "v1/orders/web-shop/F2-" + u, CrmHost.VIEWER, null))
                .path("customerKey").asText()).isEqualTo(first.path("customerKey").asText());
        assertThat(reviewFor(second.path("customerKey").asText())).isNull();
    }

    @Test
    void aDismissedReviewKeepsTheCustomersApart() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String phone = "010-3" + (100 + Math.abs(u.hashCode() % 900)) + "-7788";
        JsonNode parent = deliver("gs-shop", "P1-" + u, "{\"name\":\"오세훈" + u + "\",\"phone\":\"" + phone + "\"}");
        JsonNode child = deliver("gs-shop", "P2-" + u, "{\"name\":\"오하린" + u + "\",\"phone\":\"" + phone + "\"}");
        JsonNode review = reviewFor(child.path("customerKey").asText());
        assertThat(review).isNotNull();
        HttpResponse<String> dismissed = host.call("POST", "v1/reviews/" + review.path("id").asLong() + "/dismiss",
                CrmHost.ADMIN, null);
        assertThat(host.read(dismissed).path("status").asText()).isEqualTo("DISMISSED");
        assertThat(host.call("POST", "v1/reviews/" + review.path("id").asLong() + "/merge", CrmHost.ADMIN, null)
                .statusCode()).isEqualTo(400);
        assertThat(host.read(host.call("GET", "v1/customers/" + child.path("customerKey").asText(), CrmHost.VIEWER, null))
                .path("key").asText()).isNotEqualTo(parent.path("customerKey").asText());
    }
}
