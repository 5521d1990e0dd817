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
        data = new AnalyticsFixture(CrmHost.get());
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
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = host.call("GET", path, VIEWER, null);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return host.read(r);
    }

    private static String region() {
        return "region=" + CrmHost.escape(data.region);
    }

    /** A full recompute over a population that stayed the same while it ran (other tests' orders may still land). */
    private static RfmExpectation recomputeAll() throws Exception {
        for (int attempt = 0; ; attempt++) {
            RfmExpectation before = RfmExpectation.read();
            HttpResponse<String> r = host.call("POST", "v1/analytics/recompute", ADMIN, null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            RfmExpectation after = RfmExpectation.read();
            if (host.read(r).path("ran").asBoolean() && before.population.equals(after.population)) {
                return after;
            }
            assertThat(attempt).as("a stable population to recompute").isLessThan(10);
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    private static BigDecimal ltv(BigDecimal revenue) {
        return revenue.multiply(MARGIN_RATE).multiply(RETENTION)
                .divide(BigDecimal.ONE.add(DISCOUNT).subtract(RETENTION), 0, RoundingMode.HALF_UP);
    }

    @Test
    void measuresFollowTheQuintileLtvOfferAndQuadrantDefinitions() throws Exception {
        RfmExpectation expected = recomputeAll();
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
        RfmExpectation expected = recomputeAll();
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
        RfmExpectation expected = recomputeAll();
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
        recomputeAll();
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
        recomputeAll();
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
                .formatted(data.run, AnalyticsFixture.brn(), region, founded));
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
    }

    @Test
    void aNewOrderMovesRecencyWithoutAFullRecompute() throws Exception {
        recomputeAll();
        String maru = data.keys.get("마루");
        String gagong = data.keys.get("가공");
        JsonNode before = get("v1/analytics/customers/" + maru);
        Instant cutsAt = cutsComputedAt();
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
        assertThat(cutsComputedAt()).as("no full recompute ran").isEqualTo(cutsAt);
        assertThat(get("v1/analytics/customers/" + gagong).path("computedAt").asText()).isEqualTo(otherAt);
    }

    private static Instant cutsComputedAt() throws Exception {
        try (Connection c = CrmHost.jdbc();
                PreparedStatement s = c.prepareStatement("SELECT computed_at FROM analytics_rfm_cut WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getTimestamp(1).toInstant();
        }
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
    void badInputIsRefusedNamingTheField() throws Exception {
        Map<String, String> bad = Map.of("v1/analytics/pareto?grade=X", "grade",
                "v1/analytics/pareto?from=2026-13-01", "from",
                "v1/analytics/pareto?from=2026-06-01&to=2026-01-01", "from",
                "v1/analytics/anniversaries?days=0", "days",
                "v1/analytics/anniversaries?days=abc", "days",
                "v1/analytics/segment-ltv?groupBy=color", "groupBy",
                "v1/analytics/rfm-grid?format=pdf", "format",
                "v1/analytics/cohorts?region=" + "가".repeat(101), "region");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            HttpResponse<String> r = host.call("GET", e.getKey(), VIEWER, null);
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(400);
            assertThat(host.read(r).path("field").asText()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void onlyUsersSeeReportsAndOnlyAdminsRecompute() throws Exception {
        assertThat(host.call("GET", "v1/analytics/pareto", null, null).statusCode()).isEqualTo(401);
        assertThat(host.call("POST", "v1/analytics/recompute", VIEWER, null).statusCode()).isEqualTo(403);
        assertThat(host.call("POST", "v1/analytics/recompute", REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("GET", "v1/analytics/customers/CNOSUCHKEY000", VIEWER, null).statusCode()).isEqualTo(404);
    }

    @Test
    void reportsExportAsCsvAndXlsx() throws Exception {
        HttpResponse<String> csv = host.call("GET", "v1/analytics/pareto?format=csv&" + region(), REP, null);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("pareto.csv");
        assertThat(csv.body()).startsWith("\uFEFFcustomerShare,revenueShare\r\n").contains("top 20%");
        HttpResponse<String> xlsx = host.call("GET", "v1/analytics/segment-ltv?format=xlsx&" + region(), REP, null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(xlsx.body()).startsWith("PK");
    }

    @Test
    void aSegmentIsPreviewedSavedAndFollowsANewOrderWithoutAFullRecompute() throws Exception {
        RfmExpectation expected = recomputeAll();
        List<String> atRisk = new ArrayList<>();
        for (String key : data.keys.values()) {
            // R is 0 without an order in the window (아침): R <= 2 takes it too
            int[] rfm = expected.scores(key);
            if (rfm == null || rfm[0] <= 2) {
                atRisk.add(key);
            }
        }
        String bada = data.keys.get("바다");
        assertThat(atRisk).as("바다's last order is 300 days old").contains(bada);
        String conditions = """
                "conditions":[{"field":"region","op":"=","value":"%s"},{"field":"R","op":"<=","value":"2"},
                {"field":"kind","op":"in","values":["COMPANY","PERSON"]}]""".formatted(data.region);

        HttpResponse<String> preview = host.call("POST", "v1/segments/preview", VIEWER, "{" + conditions + "}");
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(host.read(preview).path("size").asLong()).isEqualTo(atRisk.size());

        HttpResponse<String> created = host.call("POST", "v1/segments", REP,
                "{\"name\":\"이탈 위험 %s\",\"description\":\"최근성 낮은 고객\",%s}".formatted(data.run, conditions));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode segment = host.read(created);
        long id = segment.path("id").asLong();
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/v1/segments/" + id);
        assertThat(segment.path("members").asLong()).isEqualTo(atRisk.size());
        assertThat(segment.path("conditions").get(1).path("field").asText()).isEqualTo("recency");
        assertThat(members(id)).containsExactlyInAnyOrderElementsOf(atRisk);
        assertThat(get("v1/segments?customer=" + bada).findValuesAsText("name")).contains("이탈 위험 " + data.run);

        Instant cutsAt = cutsComputedAt();
        data.order("바다", 0, 2_000_000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (members(id).contains(bada) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertThat(members(id)).doesNotContain(bada).hasSize(atRisk.size() - 1);
        assertThat(get("v1/analytics/customers/" + bada).path("recency").asInt()).isGreaterThan(2);
        JsonNode history = get("v1/segments/" + id + "/history");
        assertThat(history.get(0).path("customerKey").asText()).isEqualTo(bada);
        assertThat(history.get(0).path("change").asText()).isEqualTo("LEFT");
        assertThat(history.findValuesAsText("change").stream().filter("ENTERED"::equals).count())
                .isEqualTo(atRisk.size());
        assertThat(cutsComputedAt()).as("no full recompute ran").isEqualTo(cutsAt);
        assertThat(get("v1/segments?customer=" + bada).findValuesAsText("name")).doesNotContain("이탈 위험 " + data.run);

        HttpResponse<String> taken = host.call("POST", "v1/segments", REP,
                "{\"name\":\"이탈 위험 %s\",%s}".formatted(data.run, conditions));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(host.read(taken).path("field").asText()).isEqualTo("name");
        assertThat(host.call("POST", "v1/segments", VIEWER, "{\"name\":\"x\"," + conditions + "}").statusCode())
                .isEqualTo(403);
        assertThat(host.call("DELETE", "v1/segments/" + id, REP, null).statusCode()).isEqualTo(403);
        assertThat(host.call("DELETE", "v1/segments/" + id, ADMIN, null).statusCode()).isEqualTo(204);
        assertThat(host.call("GET", "v1/segments/" + id, VIEWER, null).statusCode()).isEqualTo(404);
    }

    private static List<String> members(long id) throws Exception {
        return get("v1/segments/" + id + "/members?size=200").path("items").findValuesAsText("customerKey");
    }

    @Test
    void badSegmentRulesAreRefusedNamingTheCondition() throws Exception {
        Map<String, String> bad = Map.of(
                "{\"conditions\":[{\"field\":\"colour\",\"op\":\"=\",\"value\":\"red\"}]}", "conditions[0].field",
                "{\"conditions\":[{\"field\":\"R\",\"op\":\"<=\",\"value\":\"2\"},{\"field\":\"grade\",\"op\":\"=\",\"value\":\"Z\"}]}",
                "conditions[1].value",
                "{\"conditions\":[{\"field\":\"region\",\"op\":\">\",\"value\":\"경기\"}]}", "conditions[0].op",
                "{\"conditions\":[]}", "conditions",
                "{\"conditions\":[{\"field\":\"R\",\"op\":\"<=\"}]}", "conditions[0].value");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            HttpResponse<String> r = host.call("POST", "v1/segments/preview", REP, e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(400);
            assertThat(host.read(r).path("field").asText()).as(e.getKey()).isEqualTo(e.getValue());
        }
        HttpResponse<String> noName = host.call("POST", "v1/segments", REP,
                "{\"conditions\":[{\"field\":\"R\",\"op\":\"=\",\"value\":\"1\"}]}");
        assertThat(host.read(noName).path("field").asText()).isEqualTo("name");
        assertThat(host.call("GET", "v1/segments/abc", VIEWER, null).statusCode()).isEqualTo(400);
    }

    @Test
    void thePseudonymisedExportHasKeyedHashesAndNoPersonalData() throws Exception {
        assertThat(host.call("GET", "v1/analytics/pseudonymised/measures", ADMIN, null).statusCode())
                .as("no export without its key").isEqualTo(404);
        recomputeAll();
        String secret = "it-pseudonym-key-0123456789-abcdefghij";
        org.osgi.service.cm.ConfigurationAdmin admin = CrmHost.service(host.context,
                org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration config = admin.getConfiguration("kr.crm.analytics.pseudonym", "?");
        config.update(new java.util.Hashtable<>(Map.of("key", secret)));
        try {
            String path = "v1/analytics/pseudonymised/measures?" + region();
            // the JAX-RS whiteboard rebuilds the application when the resource arrives
            host.awaitStatus("GET", path, ADMIN, 200);
            host.awaitStatus("GET", "v1/analytics/settings", VIEWER, 200);
            HttpResponse<String> r = host.call("GET", path, ADMIN, null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode rows = host.read(r);
            assertThat(rows.size()).isEqualTo(data.keys.size());
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            List<String> expected = new ArrayList<>();
            for (String key : data.keys.values()) {
                expected.add(java.util.HexFormat.of().formatHex(
                        mac.doFinal(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
            assertThat(rows.findValuesAsText("pseudonym")).containsExactlyInAnyOrderElementsOf(expected);
            for (Map.Entry<String, String> c : data.keys.entrySet()) {
                assertThat(r.body()).doesNotContain(c.getValue()).doesNotContain(c.getKey());
            }
            assertThat(r.body()).doesNotContain("010-").doesNotContain("\"name\"").doesNotContain("address");
            assertThat(rows.get(0).path("region").asText()).isEqualTo(data.region);
            HttpResponse<String> csv = host.call("GET", path + "&format=csv", ADMIN, null);
            assertThat(csv.body()).startsWith("\uFEFFpseudonym,kind,region");
            assertThat(host.call("GET", path, REP, null).statusCode()).isEqualTo(403);
        } finally {
            // the JAX-RS whiteboard rebuilds the application when a resource leaves: wait until it is back
            config.delete();
            host.awaitStatus("GET", "v1/analytics/pseudonymised/measures", ADMIN, 404);
            host.awaitStatus("GET", "v1/analytics/settings", VIEWER, 200);
        }
    }

    @Test
    void aMergedAwayKeyIsMeasuredAsItsSurvivorAndHasNoRowOfItsOwn() throws Exception {
        String region = "병합" + data.run;
        String[] keys = new String[2];
        for (int i = 0; i < 2; i++) {
            String phone = "010-7" + i + data.run.substring(0, 2).replaceAll("[^0-9]", "1") + "-"
                    + (1000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9000));
            String name = "병합고객" + i + data.run.substring(0, 4);
            HttpResponse<String> r = host.call("POST", "v1/customers", REP, """
                    {"kind":"PERSON","name":"%s","phone":"%s","region":"%s"}""".formatted(name, phone, region));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            keys[i] = host.read(r).path("key").asText();
            for (int n = 0; n <= i; n++) {
                HttpResponse<String> o = host.call("POST", "v1/orders/batch", REP, """
                        [{"source":"mg-%s","orderNo":"M%d-%d","orderedAt":"%s","totalAmount":100000,
                          "buyer":{"kind":"PERSON","name":"%s","phone":"%s"}}]""".formatted(data.run, i, n,
                        java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(9)).minusDays(3 + n).withNano(0),
                        name, phone));
                assertThat(host.read(o).path("results").get(0).path("customerKey").asText()).isEqualTo(keys[i]);
            }
        }
        HttpResponse<String> merged = host.call("POST", "v1/merges", ADMIN,
                "{\"survivorKey\":\"" + keys[0] + "\",\"mergedKey\":\"" + keys[1] + "\",\"reason\":\"같은 고객\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        recomputeAll();
        JsonNode survivor = get("v1/analytics/customers/" + keys[1]);
        assertThat(survivor.path("customerKey").asText()).isEqualTo(keys[0]);
        assertThat(survivor.path("ordersTotal").asLong()).isEqualTo(3);
        assertThat(survivor.path("revenueTotal").decimalValue()).isEqualByComparingTo("300000");
        try (Connection c = CrmHost.jdbc();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM customer_measure WHERE customer_key = ?")) {
            s.setString(1, keys[1]);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("no row for the merged-away key").isZero();
            }
        }
        assertThat(get("v1/analytics/pareto?region=" + CrmHost.escape(region)).path("customers").asLong()).isEqualTo(1);
    }
}
