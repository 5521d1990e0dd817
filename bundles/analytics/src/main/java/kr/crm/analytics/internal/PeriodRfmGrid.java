package kr.crm.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.crm.api.analytics.OrderSums;
import kr.crm.api.analytics.RfmGrid;

/**
 * The RFM grid over a period instead of the stored measures: the customers with orders in the period
 * ranked among themselves by the same quintile rule ({@link RfmRanking}), R by their latest order in
 * the period, F by its orders, M by its revenue; per (R, F) the count, average M and revenue.
 */
final class PeriodRfmGrid {

    private PeriodRfmGrid() {
    }

    static RfmGrid of(List<OrderSums> sums, Instant at, int months) {
        int[][] scores = RfmRanking.rank(sums, at, months).scores();
        // key: R * 10 + F, highest first as the stored grid orders them
        Map<Integer, long[]> counts = new TreeMap<>(Comparator.reverseOrder());
        Map<Integer, BigDecimal> revenue = new TreeMap<>(Comparator.reverseOrder());
        long population = 0;
        for (int i = 0; i < sums.size(); i++) {
            int[] s = scores[i];
            if (s[0] == 0) {
                continue;
            }
            population++;
            int key = s[0] * 10 + s[1];
            long[] c = counts.computeIfAbsent(key, k -> new long[2]);
            c[0]++;
            c[1] += s[2];
            revenue.merge(key, sums.get(i).revenue(), BigDecimal::add);
        }
        List<RfmGrid.Cell> cells = new ArrayList<>();
        for (Map.Entry<Integer, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            cells.add(new RfmGrid.Cell(e.getKey() / 10, e.getKey() % 10, c[0],
                    BigDecimal.valueOf(c[1]).divide(BigDecimal.valueOf(c[0]), 2, RoundingMode.HALF_UP),
                    revenue.get(e.getKey())));
        }
        return new RfmGrid(population, cells);
    }
}
