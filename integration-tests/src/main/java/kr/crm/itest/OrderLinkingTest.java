package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.crm.api.order.OrderEvents;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

class OrderLinkingTest extends CrmTest {

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode deliver(String order, int status) throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/orders", CrmHost.REP, order);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return host.read(r);
    }

    private static String order(String source, String orderNo, String buyer, String total) {
        return """
                {"source":"%s","orderNo":"%s","orderedAt":"2026-11-20T10:15:00+09:00","totalAmount":%s,
                 "buyer":%s,
                 "lines":[{"lineNo":1,"productCode":"P-100","productName":"정밀 베어링","category":"부품",
                           "quantity":10,"unitPrice":%s,"amount":%s,"margin":1500}]}
                """.formatted(source, orderNo, total, buyer, total, total);
    }

    @Test
    void theSameCompanyFromTheErpAndACsvChannelGetsOneKey() throws Exception {
        String u = run();
        JsonNode fromErp = deliver(order("erp", "SO-" + u, """
                {"kind":"COMPANY","name":"(주)한빛정밀%s","businessRegistrationNumber":"123-45-67890","hostCustomerNo":"H-%s"}
                """.formatted(u, u), "15000"), 201);
        JsonNode fromCsv = deliver(order("csv-shop", "W-" + u, """
                {"name":"주식회사 한빛정밀%s","businessRegistrationNumber":"1234567890"}""".formatted(u), "9900"), 201);

        assertThat(fromErp.path("outcome").asText()).isEqualTo("NEW_CUSTOMER");
        assertThat(fromCsv.path("outcome").asText()).isEqualTo("LINKED");
        assertThat(fromCsv.path("customerKey").asText()).isEqualTo(fromErp.path("customerKey").asText());

        JsonNode orders = host.read(host.call("GET", "v1/orders?customer=" + fromErp.path("customerKey").asText(),
                CrmHost.VIEWER, null));
        assertThat(orders.path("total").asLong()).isEqualTo(2);
        JsonNode customer = host.read(host.call("GET", "v1/customers/" + fromErp.path("customerKey").asText(),
                CrmHost.VIEWER, null));
        assertThat(customer.path("name").asText()).isEqualTo("(주)한빛정밀" + u);
        assertThat(customer.path("kind").asText()).isEqualTo("COMPANY");
        assertThat(customer.path("businessRegistrationNumber").isNull())
                .as("a BRN with a wrong check digit is not copied into the master record").isTrue();
    }

    @Test
    void aPersonFromTwoHomeShoppingChannelsWithDifferentPhoneSpellingsGetsOneKey() throws Exception {
        String u = run();
        String phone = "010-7" + u.substring(0, 3).replaceAll("[^0-9]", "5") + "-" + "4321";
        String intl = "+82 10 " + phone.substring(4, 8) + " 4321";
        JsonNode gs = deliver(order("gs-shop", "G" + u, "{\"name\":\"김민지" + u + "\",\"phone\":\"" + phone + "\"}", "39000"), 201);
        JsonNode hmall = deliver(order("hmall", "H" + u, "{\"name\":\"김 민지" + u + "\",\"phone\":\"" + intl + "\"}", "21000"), 201);
        assertThat(hmall.path("customerKey").asText()).isEqualTo(gs.path("customerKey").asText());
        assertThat(hmall.path("outcome").asText()).isEqualTo("LINKED");
    }

    @Test
    void deliveringAnOrderAgainUpdatesItAndNeverMakesASecond() throws Exception {
        String u = run();
        String buyer = "{\"name\":\"박재현" + u + "\",\"email\":\"jh." + u + "@example.com\"}";
        JsonNode first = deliver(order("web-shop", "R" + u, buyer, "10000"), 201);
        JsonNode again = deliver(order("web-shop", "R" + u, buyer, "12000"), 200);
        assertThat(again.path("outcome").asText()).isEqualTo("UPDATED");
        assertThat(again.path("customerKey").asText()).isEqualTo(first.path("customerKey").asText());

        JsonNode stored = host.read(host.call("GET", "v1/orders/web-shop/R" + u, CrmHost.VIEWER, null));
        assertThat(stored.path("totalAmount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(stored.path("lines").size()).isEqualTo(1);
        assertThat(stored.path("lines").get(0).path("productName").asText()).isEqualTo("정밀 베어링");
        assertThat(host.read(host.call("GET", "v1/orders?customer=" + first.path("customerKey").asText(),
                CrmHost.VIEWER, null)).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aValueAChannelGivesAgainOnALaterDayShowsWhenItWasLastSeen() throws Exception {
        String u = run();
        String buyer = "{\"name\":\"한지우" + u + "\",\"phone\":\"010-3" + u.substring(0, 3).replaceAll("[^0-9]", "6")
                + "-2468\",\"email\":\"jw." + u + "@example.com\"}";
        String key = deliver(order("lotte-on", "L1" + u, buyer, "30000"), 201).path("customerKey").asText();
        try (Connection db = CrmHost.jdbc(); PreparedStatement back = db.prepareStatement("UPDATE customer_identity"
                + " SET first_seen = NOW(6) - INTERVAL 3 DAY, last_seen = NOW(6) - INTERVAL 3 DAY WHERE customer_key = ?")) {
            back.setString(1, key);
            assertThat(back.executeUpdate()).isGreaterThanOrEqualTo(3);
        }
        Instant before = Instant.now().minus(Duration.ofMinutes(5));
        JsonNode again = deliver(order("lotte-on", "L2" + u, buyer, "45000"), 201);
        assertThat(again.path("outcome").asText()).isEqualTo("LINKED");
        assertThat(again.path("customerKey").asText()).isEqualTo(key);

        JsonNode values = host.read(host.call("GET", "v1/customers/" + key + "/sources", CrmHost.ADMIN, null))
                .path("values");
        List<JsonNode> fromChannel = new ArrayList<>();
        values.forEach(v -> {
            if (v.path("source").asText().equals("lotte-on")) {
                fromChannel.add(v);
            }
        });
        assertThat(fromChannel).extracting(v -> v.path("kind").asText()).contains("NAME", "PHONE", "EMAIL");
        for (JsonNode v : fromChannel) {
            assertThat(Instant.parse(v.path("lastSeen").asText())).as(v.toString()).isAfter(before);
            assertThat(Instant.parse(v.path("firstSeen").asText())).as(v.toString()).isBefore(before);
        }
    }

    @Test
    void anOrderHeaderWithoutLinesIsStored() throws Exception {
        String u = run();
        JsonNode stored = deliver("""
                {"source":"erp","orderNo":"HDR-%s","orderedAt":"2026-11-22T14:00:00+09:00","totalAmount":77000,
                 "buyer":{"kind":"COMPANY","name":"대성물산%s","hostCustomerNo":"HN-%s"}}
                """.formatted(u, u, u), 201);
        assertThat(stored.path("outcome").asText()).isEqualTo("NEW_CUSTOMER");
        JsonNode read = host.read(host.call("GET", "v1/orders/erp/HDR-" + u, CrmHost.VIEWER, null));
        assertThat(read.path("totalAmount").decimalValue()).isEqualByComparingTo("77000");
        assertThat(read.path("lines").size()).isZero();
    }

    @Test
    void anOrderWithoutUsableIdentityIsRejectedAndTheRestOfTheBatchGoesOn() throws Exception {
        String u = run();
        String batch = "[" + order("gs-shop", "B1" + u, "{\"name\":\"이서준" + u + "\",\"phone\":\"010-2222-" + "1" + u.substring(0, 3).replaceAll("[^0-9]", "7") + "\"}", "5000")
                + "," + order("gs-shop", "B2" + u, "{\"address\":\"서울\"}", "5000")
                + "," + order("gs-shop", "B3" + u, "{\"name\":\"최유나" + u + "\"}", "7000") + "]";
        HttpResponse<String> r = host.call("POST", "v1/orders/batch", CrmHost.REP, batch);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = host.read(r);
        assertThat(report.path("received").asInt()).isEqualTo(3);
        JsonNode results = report.path("results");
        assertThat(results.get(0).path("outcome").asText()).isEqualTo("NEW_CUSTOMER");
        assertThat(results.get(1).path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(results.get(1).path("field").asText()).isEqualTo("buyer.name");
        assertThat(results.get(1).path("reason").asText()).contains("no usable identity");
        assertThat(results.get(2).path("outcome").asText()).isEqualTo("NEW_CUSTOMER");
        assertThat(host.call("GET", "v1/orders/gs-shop/B2" + u, CrmHost.VIEWER, null).statusCode()).isEqualTo(404);
        assertThat(host.call("GET", "v1/orders/gs-shop/B3" + u, CrmHost.VIEWER, null).statusCode()).isEqualTo(200);
    }

    @Test
    void anOrderFindsACustomerCreatedInTheCrm() throws Exception {
        String u = run();
        String phone = "031-555-" + (1000 + Math.abs(u.hashCode() % 9000));
        String key = host.read(host.call("POST", "v1/customers", CrmHost.REP,
                "{\"kind\":\"PERSON\",\"name\":\"정하늘" + u + "\",\"phone\":\"" + phone + "\"}")).path("key").asText();
        JsonNode linked = deliver(order("dept-store", "D" + u,
                "{\"name\":\"정하늘" + u + "\",\"phone\":\"" + phone.replace("-", "") + "\"}", "88000"), 201);
        assertThat(linked.path("customerKey").asText()).isEqualTo(key);
        assertThat(linked.path("outcome").asText()).isEqualTo("LINKED");
    }

    @Test
    void aBadOrderGets400NamingTheField() throws Exception {
        HttpResponse<String> r = host.call("POST", "v1/orders", CrmHost.REP, order("GS SHOP!", "X1", "{\"name\":\"누구\"}", "1"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(host.read(r).path("field").asText()).isEqualTo("source");
        HttpResponse<String> noDate = host.call("POST", "v1/orders", CrmHost.REP,
                "{\"source\":\"erp\",\"orderNo\":\"X2\",\"totalAmount\":1,\"buyer\":{\"name\":\"누구\"}}");
        assertThat(host.read(noDate).path("field").asText()).isEqualTo("orderedAt");
        assertThat(host.call("POST", "v1/orders", CrmHost.VIEWER, order("erp", "X3", "{\"name\":\"누구\"}", "1"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void anOrderEventFromTheHostIsStoredAndLinked() throws Exception {
        String u = run();
        EventAdmin events = CrmHost.service(host.context, EventAdmin.class);
        events.sendEvent(new Event(OrderEvents.TOPIC_CREATED, Map.of(
                OrderEvents.ORDER_NO, "EV-" + u,
                OrderEvents.ORDERED_AT, "2026-11-21T09:00:00+09:00",
                OrderEvents.CUSTOMER_NO, "HOST-" + u,
                OrderEvents.CUSTOMER_KIND, "COMPANY",
                OrderEvents.CUSTOMER_NAME, "새한화학(주)" + u,
                OrderEvents.TOTAL_AMOUNT, "450000",
                OrderEvents.LINES_JSON, "[{\"lineNo\":1,\"productName\":\"용제\",\"amount\":450000}]")));
        JsonNode stored = host.read(host.awaitStatus("GET", "v1/orders/erp/EV-" + u, CrmHost.VIEWER, 200));
        assertThat(stored.path("totalAmount").decimalValue()).isEqualByComparingTo("450000");
        assertThat(stored.path("lines").get(0).path("productName").asText()).isEqualTo("용제");

        events.sendEvent(new Event(OrderEvents.TOPIC_CANCELLED, Map.of(
                OrderEvents.ORDER_NO, "EV-" + u,
                OrderEvents.ORDERED_AT, "2026-11-21T09:00:00+09:00",
                OrderEvents.CUSTOMER_NO, "HOST-" + u,
                OrderEvents.TOTAL_AMOUNT, "450000")));
        JsonNode cancelled = host.read(host.call("GET", "v1/orders/erp/EV-" + u, CrmHost.VIEWER, null));
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("customerKey").asText()).isEqualTo(stored.path("customerKey").asText());
    }
}
