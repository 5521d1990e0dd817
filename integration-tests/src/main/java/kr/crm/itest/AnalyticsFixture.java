package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A small order set of its own region: companies and a person created over REST, orders delivered over
 * REST at known days ago and amounts; what the tests expect is worked out from this list.
 */
final class AnalyticsFixture {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    record Order(String customer, int daysAgo, long amount) {
        LocalDate day() {
            return OffsetDateTime.now(ZoneOffset.ofHours(9)).minusDays(daysAgo).toLocalDate();
        }
    }

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String region = "분석" + run;
    /** name -> customer key */
    final Map<String, String> keys = new LinkedHashMap<>();
    final List<Order> orders = new ArrayList<>();
    private final Map<String, String> buyers = new LinkedHashMap<>();
    private final CrmHost host;

    AnalyticsFixture(CrmHost host) {
        this.host = host;
    }

    String company(String name) throws Exception {
        String brn = Brns.random();
        HttpResponse<String> r = host.call("POST", "v1/accounts", CrmHost.REP, """
                {"name":"%s","businessRegistrationNumber":"%s","region":"%s","industry":"기계","ownerRep":"%s"}"""
                .formatted(name + run, brn, region, CrmHost.REP));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String key = host.read(r).path("key").asText();
        keys.put(name, key);
        buyers.put(name, "{\"kind\":\"COMPANY\",\"name\":\"%s\",\"businessRegistrationNumber\":\"%s\"}"
                .formatted(name + run, brn));
        return key;
    }

    String person(String name) throws Exception {
        String phone = "010-" + (1000 + ThreadLocalRandom.current().nextInt(9000)) + "-"
                + (1000 + ThreadLocalRandom.current().nextInt(9000));
        HttpResponse<String> r = host.call("POST", "v1/customers", CrmHost.REP, """
                {"kind":"PERSON","name":"%s","phone":"%s","region":"%s"}""".formatted(name, phone, region));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String key = host.read(r).path("key").asText();
        keys.put(name, key);
        buyers.put(name, "{\"kind\":\"PERSON\",\"name\":\"%s\",\"phone\":\"%s\"}".formatted(name, phone));
        return key;
    }

    /** Delivers one order (amount in won) and checks it linked to the customer. */
    void order(String customer, int daysAgo, long amount) throws Exception {
        String at = OffsetDateTime.now(ZoneOffset.ofHours(9)).minusDays(daysAgo).withNano(0).toString();
        String body = """
                [{"source":"an-%s","orderNo":"A%d","orderedAt":"%s","totalAmount":%d,"buyer":%s}]"""
                .formatted(run, orders.size(), at, amount, buyers.get(customer));
        HttpResponse<String> r = host.call("POST", "v1/orders/batch", CrmHost.REP, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode result = host.read(r).path("results").get(0);
        assertThat(result.path("customerKey").asText()).as(result.toString()).isEqualTo(keys.get(customer));
        orders.add(new Order(customer, daysAgo, amount));
    }

    /** Revenue per customer name of the orders on days [from, to]. */
    Map<String, BigDecimal> revenue(LocalDate from, LocalDate to) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Order o : orders) {
            if (!o.day().isBefore(from) && !o.day().isAfter(to)) {
                sums.merge(o.customer(), BigDecimal.valueOf(o.amount()), BigDecimal::add);
            }
        }
        return sums;
    }

    /**
     * The order set the analytics tests work out their expectations from: eight companies and a
     * person in a region of their own, with orders spread over 500 days.
     */
    static AnalyticsFixture standard(CrmHost host) throws Exception {
        AnalyticsFixture data = new AnalyticsFixture(host);
        for (String c : List.of("가공", "나래", "다온", "라임", "마루", "바다", "사랑", "아침")) {
            data.company(c);
        }
        data.person("김분석" + data.run.substring(0, 4));
        String person = data.keys.keySet().stream().filter(k -> k.startsWith("김")).findFirst().orElseThrow();
        data.order("가공", 5, 50_000_000);
        data.order("가공", 40, 30_000_000);
        data.order("가공", 100, 20_000_000);
        data.order("나래", 10, 20_000_000);
        data.order("나래", 200, 10_000_000);
        data.order("다온", 20, 10_000_000);
        data.order("라임", 60, 5_000_000);
        data.order("라임", 90, 3_000_000);
        data.order("마루", 150, 4_000_000);
        data.order("바다", 300, 2_000_000);
        data.order("바다", 400, 9_000_000);
        for (int d = 30; d <= 33; d++) {
            data.order("사랑", d, 1_000_000);
        }
        data.order("아침", 500, 7_000_000);
        data.order(person, 2, 500_000);
        return data;
    }
}
