package kr.crm.itest;

import static kr.crm.itest.CrmHost.ADMIN;
import static kr.crm.itest.CrmHost.REP;
import static kr.crm.itest.CrmHost.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Customer analytics through REST on a small order set of its own region. Every expected figure is
 * worked out here from the definitions in docs/analytics.md, not read from the code.
 */
class AnalyticsTest extends CrmTest {
    private static final BigDecimal RETENTION = new BigDecimal("0.75");
    private static final BigDecimal DISCOUNT = new BigDecimal("0.10");
    private static final BigDecimal MARGIN_RATE = new BigDecimal("0.10");
    private static AnalyticsFixture data;

    @BeforeAll
    static void orders() throws Exception {
        data = AnalyticsFixture.standard(CrmHost.get());
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = host.call("GET", path, VIEWER, null);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return host.read(r);
    }

    private static String region() {
        return "region=" + CrmHost.escape(data.region);
    }

    private static BigDecimal ltv(BigDecimal revenue) {
        return revenue.multiply(MARGIN_RATE).multiply(RETENTION)
                .divide(BigDecimal.ONE.add(DISCOUNT).subtract(RETENTION), 0, RoundingMode.HALF_UP);
    }

    @Test
    void measuresFollowTheQuintileLtvOfferAndQuadrantDefinitions() throws Exception {
        RfmExpectation expected = RfmExpectation.recomputeAll(host);
        LocalDate today = LocalDate.now(AnalyticsFixture.SEOUL);
        Map<String, BigDecimal> window = data.revenue(today.minusMonths(12), today);
        Map<String, BigDecimal> previous = data.revenue(today.minusMonths(24), today.minusMonths(12).minusDays(1));
        for (Map.Entry<String, String> c : data.keys.entrySet()) {
            JsonNode m = get("v1/analytics/customers/" + c.getValue());
            int[] rfm = expected.scores(c.getValue());
            BigDecimal revenue = window.getOrDefault(c.getKey(), BigDecimal.ZERO);
            String who = c.getKey() + " " + m;
            assertThat(m.path("revenue").decimalValue()).as(who).isEqualByComparingTo(revenue);
            BigDecimal ltv = ltv(revenue);
            assertThat(m.path("lifetimeValue").decimalValue()).as(who).isEqualByComparingTo(ltv);
            assertThat(m.path("marginEstimated").asBoolean()).as(who).isEqualTo(revenue.signum() > 0);
            if (rfm == null) {
                assertThat(m.path("cell").isNull()).as(who).isTrue();
                assertThat(m.path("recency").asInt()).as(who).isZero();
                assertThat(m.path("quadrant").asText()).as(who).isEqualTo(ltv.signum() > 0 ? "OBSERVE" : "DROP");
                continue;
            }
            assertThat(m.path("cell").asText()).as(who).isEqualTo("R" + rfm[0] + "F" + rfm[1] + "M" + rfm[2]);
            boolean falling = revenue.compareTo(previous.getOrDefault(c.getKey(), BigDecimal.ZERO)) < 0;
            int offer = rfm[1] <= 2 && falling ? 6 : rfm[1] <= 3 ? 5 : rfm[1] == 4 ? 3 : 0;
            assertThat(m.path("offerPercent").asInt()).as(who).isEqualTo(offer);
            boolean target = rfm[0] >= 3 && rfm[1] >= 2;
            boolean profitable = ltv.compareTo(BigDecimal.valueOf(1_000_000)) >= 0;
            String quadrant = target ? (profitable ? "RETAIN" : "CONVERT") : (profitable ? "OBSERVE" : "DROP");
            assertThat(m.path("quadrant").asText()).as(who).isEqualTo(quadrant);
        }
        // 바다: 2,000,000 now against 9,000,000 the year before, one order: the seed's 6% coupon
        JsonNode bada = get("v1/analytics/customers/" + data.keys.get("바다"));
        assertThat(bada.path("previousRevenue").decimalValue()).isEqualByComparingTo("9000000");
        // 아침 ordered only 500 days ago: no cell; a person is measured like a company
        assertThat(get("v1/analytics/customers/" + data.keys.get("아침")).path("ordersTotal").asLong()).isEqualTo(1);
    }

    @Test
    void theCutPointsAreTheHighestValueOfEachQuintile() throws Exception {
        RfmExpectation expected = RfmExpectation.recomputeAll(host);
        try (Connection c = CrmHost.jdbc();
                PreparedStatement s = c.prepareStatement("SELECT * FROM analytics_rfm_cut WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong("population")).isEqualTo(expected.population.size());
            for (int i = 1; i <= 4; i++) {
                assertThat((Long) rs.getObject("f" + i, Long.class)).as("f%d", i).isEqualTo(expected.cut(i, RfmExpectation.F));
                assertThat((Long) rs.getObject("r" + i, Long.class)).as("r%d", i).isEqualTo(expected.cut(i, RfmExpectation.R));
                BigDecimal m = rs.getBigDecimal("m" + i);
                Long cents = expected.cut(i, RfmExpectation.M);
                assertThat(m == null ? null : m.movePointRight(2).longValueExact()).as("m%d", i).isEqualTo(cents);
            }
        }
    }

    @Test
    void paretoSharesOfTheRegionOverTwoPeriods() throws Exception {
        LocalDate today = LocalDate.now(AnalyticsFixture.SEOUL);
        checkPareto(get("v1/analytics/pareto?" + region()), data.revenue(today.minusMonths(12), today));
        LocalDate from = today.minusDays(45);
        checkPareto(get("v1/analytics/pareto?" + region() + "&from=" + from + "&to=" + today),
                data.revenue(from, today));
    }

    private static void checkPareto(JsonNode report, Map<String, BigDecimal> revenue) {
        List<BigDecimal> ranked = revenue.values().stream().filter(v -> v.signum() > 0)
                .sorted(Comparator.reverseOrder()).toList();
        int top = (int) Math.ceil(ranked.size() * 0.2);
        BigDecimal total = ranked.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal topSum = ranked.subList(0, top).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(report.path("customers").asLong()).as(report.toString()).isEqualTo(ranked.size());
        assertThat(report.path("revenue").decimalValue()).isEqualByComparingTo(total);
        assertThat(report.path("topCustomers").asLong()).isEqualTo(top);
        assertThat(report.path("top20Share").decimalValue())
                .isEqualByComparingTo(topSum.divide(total, 4, RoundingMode.HALF_UP));
        JsonNode curve = report.path("curve");
        assertThat(curve.get(0).path("revenueShare").decimalValue()).isEqualByComparingTo("0");
        assertThat(curve.get(curve.size() - 1).path("revenueShare").decimalValue()).isEqualByComparingTo("1");
        assertThat(curve.get(1).path("revenueShare").decimalValue())
                .isEqualByComparingTo(ranked.get(0).divide(total, 4, RoundingMode.HALF_UP));
    }

    @Test
    void theRfmGridCountsTheRegionsCustomersPerRAndF() throws Exception {
        RfmExpectation expected = RfmExpectation.recomputeAll(host);
        Map<String, List<Integer>> cells = new TreeMap<>();
        for (String key : data.keys.values()) {
            int[] rfm = expected.scores(key);
            if (rfm != null) {
                cells.computeIfAbsent(rfm[0] + "/" + rfm[1], k -> new ArrayList<>()).add(rfm[2]);
            }
        }
        JsonNode grid = get("v1/analytics/rfm-grid?" + region());
        Map<String, JsonNode> actual = new HashMap<>();
        grid.path("cells").forEach(c -> actual.put(c.path("recency").asInt() + "/" + c.path("frequency").asInt(), c));
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(cells.keySet());
        cells.forEach((cell, ms) -> {
            assertThat(actual.get(cell).path("customers").asLong()).as(cell).isEqualTo(ms.size());
            BigDecimal average = BigDecimal.valueOf(ms.stream().mapToInt(Integer::intValue).sum())
                    .divide(BigDecimal.valueOf(ms.size()), 2, RoundingMode.HALF_UP);
            assertThat(actual.get(cell).path("averageMonetary").decimalValue()).as(cell).isEqualByComparingTo(average);
        });
        assertThat(grid.path("population").asLong()).isEqualTo(cells.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void segmentLtvPerQuadrantFromRetentionPurchaseAndCostRatio() throws Exception {
        RfmExpectation.recomputeAll(host);
        LocalDate today = LocalDate.now(AnalyticsFixture.SEOUL);
        Map<String, BigDecimal> window = data.revenue(today.minusMonths(12), today);
        Map<String, BigDecimal> previous = data.revenue(today.minusMonths(24), today.minusMonths(12).minusDays(1));
        Map<String, List<String>> groups = new TreeMap<>();
        for (Map.Entry<String, String> c : data.keys.entrySet()) {
            String quadrant = get("v1/analytics/customers/" + c.getValue()).path("quadrant").asText();
            groups.computeIfAbsent(quadrant, q -> new ArrayList<>()).add(c.getKey());
        }
        JsonNode report = get("v1/analytics/segment-ltv?groupBy=quadrant&" + region());
        Map<String, JsonNode> rows = new HashMap<>();
        report.forEach(r -> rows.put(r.path("group").asText(), r));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(groups.keySet());
        groups.forEach((quadrant, members) -> {
            long active = members.stream().filter(window::containsKey).count();
            long before = members.stream().filter(previous::containsKey).count();
            long retained = members.stream().filter(m -> window.containsKey(m) && previous.containsKey(m)).count();
            BigDecimal revenue = members.stream().map(m -> window.getOrDefault(m, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal retention = before == 0 ? RETENTION
                    : BigDecimal.valueOf(retained).divide(BigDecimal.valueOf(before), 4, RoundingMode.HALF_UP);
            JsonNode row = rows.get(quadrant);
            assertThat(row.path("customers").asLong()).as(quadrant).isEqualTo(members.size());
            assertThat(row.path("active").asLong()).as(quadrant).isEqualTo(active);
            assertThat(row.path("retentionRate").decimalValue()).as(quadrant).isEqualByComparingTo(retention);
            if (active > 0) {
                BigDecimal purchase = revenue.divide(BigDecimal.valueOf(active), 0, RoundingMode.HALF_UP);
                BigDecimal margin = revenue.multiply(MARGIN_RATE).divide(BigDecimal.valueOf(active), 0,
                        RoundingMode.HALF_UP);
                BigDecimal ltv = margin.multiply(retention).divide(BigDecimal.ONE.add(DISCOUNT).subtract(retention), 0,
                        RoundingMode.HALF_UP);
                assertThat(row.path("averagePurchase").decimalValue()).as(quadrant).isEqualByComparingTo(purchase);
                assertThat(row.path("costRatio").decimalValue()).as(quadrant).isEqualByComparingTo("0.9");
                assertThat(row.path("ltvPerCustomer").decimalValue()).as(quadrant).isEqualByComparingTo(ltv);
                assertThat(row.path("ltvTotal").decimalValue()).as(quadrant)
                        .isEqualByComparingTo(ltv.multiply(BigDecimal.valueOf(active)));
            }
        });
    }

    @Test
    void cohortsByFirstOrderMonth() throws Exception {
        RfmExpectation.recomputeAll(host);
        LocalDate today = LocalDate.now(AnalyticsFixture.SEOUL);
        YearMonth first = YearMonth.from(today).minusMonths(11);
        Map<String, YearMonth> cohortOf = new HashMap<>();
        Map<String, List<YearMonth>> months = new HashMap<>();
        for (AnalyticsFixture.Order o : data.orders) {
            YearMonth m = YearMonth.from(o.day());
            cohortOf.merge(o.customer(), m, (a, b) -> a.isBefore(b) ? a : b);
            months.computeIfAbsent(o.customer(), k -> new ArrayList<>()).add(m);
        }
        Map<YearMonth, List<String>> cohorts = new TreeMap<>();
        cohortOf.forEach((c, m) -> {
            if (!m.isBefore(first)) {
                cohorts.computeIfAbsent(m, k -> new ArrayList<>()).add(c);
            }
        });
        JsonNode report = get("v1/analytics/cohorts?" + region());
        assertThat(report.size()).isEqualTo(cohorts.size());
        int i = 0;
        for (Map.Entry<YearMonth, List<String>> e : cohorts.entrySet()) {
            JsonNode row = report.get(i++);
            assertThat(row.path("cohort").asText()).isEqualTo(e.getKey().toString());
            assertThat(row.path("customers").asLong()).isEqualTo(e.getValue().size());
            JsonNode retention = row.path("retention");
            assertThat(retention.size()).isEqualTo(e.getKey().until(YearMonth.from(today),
                    java.time.temporal.ChronoUnit.MONTHS) + 1);
            for (int k = 0; k < retention.size(); k++) {
                YearMonth month = e.getKey().plusMonths(k);
                long active = e.getValue().stream().filter(c -> months.get(c).contains(month)).count();
                assertThat(retention.get(k).decimalValue()).as("%s +%d", e.getKey(), k).isEqualByComparingTo(
                        BigDecimal.valueOf(active).divide(BigDecimal.valueOf(e.getValue().size()), 4,
                                RoundingMode.HALF_UP));
            }
        }
    }

    @Test
    void gradeDistributionCountsEveryAccountOfTheRegionThisMonth() throws Exception {
        long total = 0;
        JsonNode now = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (total != 8 && System.nanoTime() < deadline) {
            assertThat(host.call("POST", "v1/grading/run", ADMIN, null).statusCode()).isEqualTo(200);
            JsonNode months = get("v1/analytics/grades?" + region());
            assertThat(months.size()).isEqualTo(12);
            now = months.get(11);
            assertThat(now.path("month").asText()).isEqualTo(YearMonth.now(AnalyticsFixture.SEOUL).toString());
            total = 0;
            for (String g : List.of("S", "A", "B", "C", "D")) {
                total += now.path("counts").path(g).asLong();
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        assertThat(total).as("accounts of the region graded this month").isEqualTo(8);
        // 아침's only order is 500 days old: D
        assertThat(now.path("counts").path("D").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void foundingDaysAndBirthdaysOfTheNextThirtyDays() throws Exception {
        LocalDate today = LocalDate.now(AnalyticsFixture.SEOUL);
        LocalDate founded = today.plusDays(3).minusYears(10);
        String region = data.region + "기념";
        HttpResponse<String> r = host.call("POST", "v1/accounts", REP, """
                {"name":"(주)기념%s","businessRegistrationNumber":"%s","region":"%s","foundedOn":"%s"}"""
                .formatted(data.run, Brns.random(), region, founded));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String account = host.read(r).path("key").asText();
        LocalDate born = today.plusDays(40).minusYears(30);
        assertThat(host.call("POST", "v1/accounts/" + account + "/contacts", REP, """
                {"name":"박기념","birthday":"%s"}""".formatted(born)).statusCode()).isEqualTo(201);
        JsonNode in30 = get("v1/analytics/anniversaries?days=30&region=" + CrmHost.escape(region));
        assertThat(in30.size()).isEqualTo(1);
        assertThat(in30.get(0).path("kind").asText()).isEqualTo("FOUNDING");
        assertThat(in30.get(0).path("on").asText()).isEqualTo(today.plusDays(3).toString());
        assertThat(in30.get(0).path("years").asInt()).isEqualTo(10);
        JsonNode in60 = get("v1/analytics/anniversaries?days=60&region=" + CrmHost.escape(region));
        assertThat(in60.findValuesAsText("name")).contains("박기념");
        assertThat(in60.get(1).path("years").asInt()).isEqualTo(30);

        // the period filter: only the days from..to count, whatever days says
        String r2 = "&region=" + CrmHost.escape(region);
        JsonNode birthdayOnly = get("v1/analytics/anniversaries?days=30&from=%s&to=%s%s"
                .formatted(today.plusDays(4), today.plusDays(45), r2));
        assertThat(birthdayOnly.findValuesAsText("name")).containsExactly("박기념");
        assertThat(birthdayOnly.get(0).path("on").asText()).isEqualTo(today.plusDays(40).toString());
        JsonNode foundingOnly = get("v1/analytics/anniversaries?from=%s&to=%s%s"
                .formatted(today.plusDays(3), today.plusDays(3), r2));
        assertThat(foundingOnly.findValuesAsText("kind")).containsExactly("FOUNDING");
        // a contact person who asked to stop processing (처리정지) is not offered for a birthday greeting
        HttpResponse<String> second = host.call("POST", "v1/accounts/" + account + "/contacts", REP, """
                {"name":"정정지","birthday":"%s"}""".formatted(born));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        String birthdays = "v1/analytics/anniversaries?days=30&from=%s&to=%s%s".formatted(today.plusDays(4),
                today.plusDays(45), r2);
        assertThat(get(birthdays).findValuesAsText("name")).containsExactlyInAnyOrder("박기념", "정정지");
        SubjectCases.restrict(host, host.read(second).path("key").asText());
        assertThat(get(birthdays).findValuesAsText("name")).containsExactly("박기념");
        // a period a year back: the founding day then marked 9 years
        JsonNode lastYear = get("v1/analytics/anniversaries?from=%s&to=%s%s"
                .formatted(today.minusYears(1), today.minusYears(1).plusDays(10), r2));
        assertThat(lastYear.findValuesAsText("kind")).containsExactly("FOUNDING");
        assertThat(lastYear.get(0).path("years").asInt()).isEqualTo(9);
        for (String bad : List.of("from=%s&to=%s".formatted(today, today.plusDays(366)),
                "from=%s&to=%s".formatted(today, today.minusDays(1)), "from=gestern")) {
            HttpResponse<String> refused = host.call("GET", "v1/analytics/anniversaries?" + bad + r2, VIEWER, null);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(host.read(refused).path("field").asText()).as(bad).isIn("from", "to");
        }
    }

    @Test
    void aNewOrderMovesRecencyWithoutAFullRecompute() throws Exception {
        RfmExpectation.recomputeAll(host);
        String maru = data.keys.get("마루");
        String gagong = data.keys.get("가공");
        JsonNode before = get("v1/analytics/customers/" + maru);
        Instant cutsAt = RfmExpectation.cutsComputedAt();
        String otherAt = get("v1/analytics/customers/" + gagong).path("computedAt").asText();
        List<Long> recencyCuts = recencyCuts();

        data.order("마루", 0, 4_000_000);
        JsonNode after = before;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (after.path("ordersTotal").asLong() == before.path("ordersTotal").asLong()
                && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            after = get("v1/analytics/customers/" + maru);
        }
        assertThat(after.path("ordersTotal").asLong()).isEqualTo(2);
        // scored against the stored cut points: 1 + cuts the new last order exceeds
        long last = Instant.parse(after.path("lastOrderAt").asText()).toEpochMilli();
        int r = 1;
        Long below = null;
        for (Long cut : recencyCuts) {
            Long c = cut == null ? below : cut;
            if (c != null && last > c) {
                r++;
            }
            below = c;
        }
        assertThat(after.path("recency").asInt()).isEqualTo(r).isGreaterThan(before.path("recency").asInt());
        assertThat(RfmExpectation.cutsComputedAt()).as("no full recompute ran").isEqualTo(cutsAt);
        assertThat(get("v1/analytics/customers/" + gagong).path("computedAt").asText()).isEqualTo(otherAt);
    }

    private static List<Long> recencyCuts() throws Exception {
        try (Connection c = CrmHost.jdbc();
                PreparedStatement s = c.prepareStatement("SELECT r1, r2, r3, r4 FROM analytics_rfm_cut WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            List<Long> cuts = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                cuts.add(rs.getObject(i, Long.class));
            }
            return cuts;
        }
    }

    @Test
    void reportsExportAsCsvAndXlsx() throws Exception {
        HttpResponse<String> csv = host.call("GET", "v1/analytics/pareto?format=csv&reason=" + CrmHost.escape("분기 매출 보고") + "&" + region(), REP, null);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("pareto.csv");
        assertThat(csv.body()).startsWith("\uFEFFcustomerShare,revenueShare\r\n").contains("top 20%");
        HttpResponse<String> xlsx = host.call("GET", "v1/analytics/segment-ltv?format=xlsx&" + region(), REP, null,
                "X-Access-Reason", "quarterly report");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(xlsx.body()).startsWith("PK");
    }
}
