package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * The RFM definition of docs/analytics.md worked out in the test, over every customer in the database:
 * the population is the customers (survivors, aliases folded) with a not cancelled order in the last
 * 12 months; score = min(5, 1 + floor(5 x (population values below) / (population - 1))).
 */
final class RfmExpectation {
    record Values(long lastMillis, long orders, long revenueCents) {
    }

    static final ToLongFunction<Values> R = Values::lastMillis;
    static final ToLongFunction<Values> F = Values::orders;
    static final ToLongFunction<Values> M = Values::revenueCents;

    final Map<String, Values> population;

    private RfmExpectation(Map<String, Values> population) {
        this.population = population;
    }

    static RfmExpectation read() throws Exception {
        Instant since = LocalDate.now(AnalyticsFixture.SEOUL).minusMonths(12).atStartOfDay(AnalyticsFixture.SEOUL)
                .toInstant();
        String sql = """
                SELECT c.customer_key, MAX(so.ordered_at), SUM(so.ordered_at >= ?),
                    COALESCE(SUM(CASE WHEN so.ordered_at >= ? THEN so.total_amount END), 0)
                FROM sales_order so LEFT JOIN customer_alias a ON a.alias_key = so.customer_key
                  JOIN customer c ON c.customer_key = COALESCE(a.customer_key, so.customer_key)
                WHERE so.status <> 'CANCELLED' AND c.merged_into IS NULL
                GROUP BY c.customer_key HAVING SUM(so.ordered_at >= ?) > 0""";
        Map<String, Values> population = new HashMap<>();
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 1; i <= 3; i++) {
                s.setTimestamp(i, Timestamp.from(since));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    population.put(rs.getString(1), new Values(rs.getTimestamp(2).toInstant().toEpochMilli(),
                            rs.getLong(3), rs.getBigDecimal(4).movePointRight(2).longValueExact()));
                }
            }
        }
        return new RfmExpectation(population);
    }

    private final Map<ToLongFunction<Values>, long[]> sorted = new HashMap<>();

    int score(long value, ToLongFunction<Values> dimension) {
        long[] values = sorted.computeIfAbsent(dimension,
                d -> population.values().stream().mapToLong(d).sorted().toArray());
        long below = 0;
        while (below < values.length && values[(int) below] < value) {
            below++;
        }
        int n = values.length;
        return n <= 1 ? 1 : (int) Math.min(5, 1 + 5 * below / (n - 1));
    }

    /** {R, F, M} of a customer in the population, null if it has no order in the window. */
    int[] scores(String key) {
        Values v = population.get(key);
        if (v == null) {
            return null;
        }
        return new int[] {score(v.lastMillis(), R), score(v.orders(), F), score(v.revenueCents(), M)};
    }

    /** The highest value in the population that got score s (1-4) in a dimension, null if none. */
    Long cut(int s, ToLongFunction<Values> dimension) {
        Long top = null;
        for (Values v : population.values()) {
            long value = dimension.applyAsLong(v);
            if (score(value, dimension) == s && (top == null || value > top)) {
                top = value;
            }
        }
        return top;
    }

    static BigDecimal won(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** A full recompute over a population that stayed the same while it ran (other tests' orders may still land). */
    static RfmExpectation recomputeAll(CrmHost host) throws Exception {
        for (int attempt = 0; ; attempt++) {
            RfmExpectation before = RfmExpectation.read();
            HttpResponse<String> r = host.call("POST", "v1/analytics/recompute", CrmHost.ADMIN, null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            RfmExpectation after = RfmExpectation.read();
            if (host.read(r).path("ran").asBoolean() && before.population.equals(after.population)) {
                return after;
            }
            assertThat(attempt).as("a stable population to recompute").isLessThan(10);
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    /** When the stored RFM cut points were computed (by the last full recompute). */
    static Instant cutsComputedAt() throws Exception {
        try (Connection c = CrmHost.jdbc();
                PreparedStatement s = c.prepareStatement("SELECT computed_at FROM analytics_rfm_cut WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getTimestamp(1).toInstant();
        }
    }
}
