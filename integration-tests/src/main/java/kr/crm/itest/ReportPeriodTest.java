package kr.crm.itest;

import static kr.crm.itest.CrmHost.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RFM grid over a period: the customers with orders in it, scored among themselves by the quintile
 * rule of docs/analytics.md from the period's orders. Expectations are worked out here from the
 * fixture's orders; an ignored period or filter gives another population and other cells.
 */
class ReportPeriodTest extends CrmTest {
    private static AnalyticsFixture data;

    @BeforeAll
    static void orders() throws Exception {
        data = AnalyticsFixture.standard(CrmHost.get());
        RfmExpectation.recomputeAll(host);
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = host.call("GET", path, VIEWER, null);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return host.read(r);
    }

    /** score = min(5, 1 + floor(5 × (values below v) / (n − 1))), 1 if n = 1. */
    private static int score(List<Long> values, long v) {
        if (values.size() == 1) {
            return 1;
        }
        long below = values.stream().filter(x -> x < v).count();
        return (int) Math.min(5, 1 + 5 * below / (values.size() - 1));
    }

    /** "R,F" -> {customers, sum of M scores, revenue} for the customers' orders on days [from, to]. */
    private static Map<String, long[]> expectedCells(LocalDate from, LocalDate to, Predicate<String> customer) {
        Map<String, long[]> sums = new HashMap<>(); // name -> {-daysAgo of the latest, orders, revenue}
        for (AnalyticsFixture.Order o : data.orders) {
            if (!o.day().isBefore(from) && !o.day().isAfter(to) && customer.test(o.customer())) {
                long[] s = sums.computeIfAbsent(o.customer(), k -> new long[] {Long.MIN_VALUE, 0, 0});
                s[0] = Math.max(s[0], -o.daysAgo());
                s[1]++;
                s[2] += o.amount();
            }
        }
        List<Long> r = new ArrayList<>();
        List<Long> f = new ArrayList<>();
        List<Long> m = new ArrayList<>();
        sums.values().forEach(s -> {
            r.add(s[0]);
            f.add(s[1]);
            m.add(s[2]);
        });
        Map<String, long[]> cells = new TreeMap<>();
        for (long[] s : sums.values()) {
            long[] c = cells.computeIfAbsent(score(r, s[0]) + "," + score(f, s[1]), k -> new long[3]);
            c[0]++;
            c[1] += score(m, s[2]);
            c[2] += s[2];
        }
        return cells;
    }

    private static Map<String, long[]> cells(JsonNode grid) {
        Map<String, long[]> cells = new TreeMap<>();
        for (JsonNode c : grid.path("cells")) {
            long customers = c.path("customers").asLong();
            cells.put(c.path("recency").asInt() + "," + c.path("frequency").asInt(), new long[] {customers,
                c.path("averageMonetary").decimalValue().multiply(java.math.BigDecimal.valueOf(customers))
                        .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact(),
                c.path("revenue").decimalValue().longValueExact()});
        }
        return cells;
    }

    @Test
    void theRfmGridHonoursThePeriodAndTheFilters() throws Exception {
        LocalDate today = LocalDate.now(AnalyticsFixture.SEOUL);
        LocalDate from = today.minusDays(45);
        String region = "region=" + CrmHost.escape(data.region);

        JsonNode window = get("v1/analytics/rfm-grid?" + region);
        assertThat(window.path("population").asLong()).as("12-month window: all but 아침").isEqualTo(8);

        JsonNode period = get("v1/analytics/rfm-grid?from=%s&to=%s&%s".formatted(from, today, region));
        // 가공 (5 and 40 days ago), 나래, 다온, 사랑 (4 orders) and the person (2 days ago)
        assertThat(period.path("population").asLong()).isEqualTo(5);
        Map<String, long[]> expected = expectedCells(from, today, c -> true);
        assertThat(cells(period)).usingRecursiveComparison().isEqualTo(expected);
        // worked by hand: 가공 is R4 (second latest of 5: 1 + floor(5 × 3 / 4)) F4 with 80,000,000 and M5
        assertThat(expected.get("4,4")).containsExactly(1, 5, 80_000_000);
        assertThat(expected.get("1,5")).as("사랑: oldest latest order, most orders").containsExactly(1, 2, 4_000_000);

        // with the owner filter the person drops out and the four companies are ranked among themselves
        JsonNode owned = get("v1/analytics/rfm-grid?from=%s&to=%s&%s&ownerRep=%s".formatted(from, today, region,
                CrmHost.REP));
        assertThat(owned.path("population").asLong()).isEqualTo(4);
        assertThat(cells(owned)).usingRecursiveComparison()
                .isEqualTo(expectedCells(from, today, c -> !c.startsWith("김")));

        // a period with no orders of the region
        JsonNode empty = get("v1/analytics/rfm-grid?from=%s&to=%s&%s".formatted(today.minusDays(1000),
                today.minusDays(900), region));
        assertThat(empty.path("population").asLong()).isZero();

        HttpResponse<String> bad = host.call("GET", "v1/analytics/rfm-grid?from=%s&to=%s".formatted(today,
                today.minusDays(1)), VIEWER, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(host.read(bad).path("field").asText()).isEqualTo("from");
        HttpResponse<String> csv = host.call("GET", "v1/analytics/rfm-grid?from=%s&to=%s&%s&format=csv&reason=%s"
                .formatted(from, today, region, CrmHost.escape("기간 점검")), VIEWER, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().count()).as(csv.body()).isGreaterThan(expected.size());
    }

    @Test
    void theSegmentLtvOfAPeriodComesFromThatPeriodsOrdersWithRetentionFromTheSameLengthBefore() throws Exception {
        LocalDate today = LocalDate.now(AnalyticsFixture.SEOUL);
        LocalDate from = today.minusDays(45);
        long days = 46;
        LocalDate previousFrom = from.minusDays(days);
        // per quadrant of the stored measures: {customers, active, previously active, retained, revenue}
        Map<String, long[]> expected = new TreeMap<>();
        for (Map.Entry<String, String> c : data.keys.entrySet()) {
            JsonNode m = get("v1/analytics/customers/" + c.getValue());
            String quadrant = m.path("quadrant").isNull() || m.path("quadrant").isMissingNode() ? "null"
                    : m.path("quadrant").asText();
            long revenue = 0;
            long previous = 0;
            for (AnalyticsFixture.Order o : data.orders) {
                if (o.customer().equals(c.getKey()) && !o.day().isAfter(today)) {
                    if (!o.day().isBefore(from)) {
                        revenue += o.amount();
                    } else if (!o.day().isBefore(previousFrom)) {
                        previous += o.amount();
                    }
                }
            }
            long[] g = expected.computeIfAbsent(quadrant, k -> new long[5]);
            g[0]++;
            g[1] += revenue > 0 ? 1 : 0;
            g[2] += previous > 0 ? 1 : 0;
            g[3] += revenue > 0 && previous > 0 ? 1 : 0;
            g[4] += revenue;
        }
        JsonNode settings = get("v1/analytics/settings");
        java.math.BigDecimal toYear = java.math.BigDecimal.valueOf(365).divide(java.math.BigDecimal.valueOf(days), 10,
                java.math.RoundingMode.HALF_UP);

        JsonNode rows = get("v1/analytics/segment-ltv?groupBy=quadrant&from=%s&to=%s&region=%s".formatted(from, today,
                CrmHost.escape(data.region)));
        Map<String, JsonNode> byGroup = new TreeMap<>();
        rows.forEach(r -> byGroup.put(r.path("group").asText(), r));
        assertThat(byGroup.keySet()).isEqualTo(expected.keySet());
        long active = 0;
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            long[] g = e.getValue();
            JsonNode row = byGroup.get(e.getKey());
            active += g[1];
            assertThat(row.path("customers").asLong()).as(e.getKey()).isEqualTo(g[0]);
            assertThat(row.path("active").asLong()).as(e.getKey()).isEqualTo(g[1]);
            java.math.BigDecimal retention = g[2] == 0 ? settings.path("retentionRate").decimalValue()
                    : java.math.BigDecimal.valueOf(g[3]).divide(java.math.BigDecimal.valueOf(g[2]), 4,
                            java.math.RoundingMode.HALF_UP);
            assertThat(row.path("retentionRate").decimalValue()).as(e.getKey()).isEqualByComparingTo(retention);
            java.math.BigDecimal purchase = g[1] == 0 ? java.math.BigDecimal.ZERO
                    : java.math.BigDecimal.valueOf(g[4]).multiply(toYear).divide(java.math.BigDecimal.valueOf(g[1]), 0,
                            java.math.RoundingMode.HALF_UP);
            assertThat(row.path("averagePurchase").decimalValue()).as(e.getKey()).isEqualByComparingTo(purchase);
            if (g[4] > 0) {
                assertThat(row.path("costRatio").decimalValue()).as("orders without margins: the default margin rate")
                        .isEqualByComparingTo(java.math.BigDecimal.ONE.subtract(settings.path("defaultMarginRate")
                                .decimalValue()));
            }
        }
        // 가공, 나래, 다온, 사랑 and the person ordered in the period; only 라임 in the 46 days before it
        assertThat(active).isEqualTo(5);
        assertThat(expected.values().stream().mapToLong(g -> g[2]).sum()).isEqualTo(1);

        JsonNode window = get("v1/analytics/segment-ltv?groupBy=quadrant&region=" + CrmHost.escape(data.region));
        assertThat(window.findValues("active").stream().mapToLong(JsonNode::asLong).sum())
                .as("without a period: the 12-month window of the stored measures").isEqualTo(8);
    }
}
