package kr.crm.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;
import kr.crm.api.analytics.OrderSums;
import kr.crm.api.analytics.RfmCutPoints;

/**
 * R, F and M scores 1-5 by quintile, the same rule as grading's RfmScorer (docs/grading.md), over
 * primitive arrays for 200,000 customers. Population: customers with an order in the window. Score =
 * min(5, 1 + floor(5 x (customers with a lower value) / (population - 1))), 1 in a population of one.
 * <b>Ties</b> share the rank of the first of them, so equal values get the same, lower score. Values:
 * R the last order's time (later is better), F the window's order count, M the window's revenue.
 * Cut points: per dimension the highest value that got 1, 2, 3 and 4; by them a value scores 1 + the
 * number of cuts it exceeds (a missing cut takes the one below), which is what a full ranking gives
 * while the other customers stay as they were.
 */
final class RfmRanking {
    /** Scores per customer in the order given, {r, f, m}; 0s without an order in the window. */
    record Ranked(int[][] scores, RfmCutPoints cuts) {
    }

    private RfmRanking() {
    }

    static boolean ranked(OrderSums s) {
        return s.orders() > 0 && s.lastOrderAt() != null;
    }

    static long recency(OrderSums s) {
        return s.lastOrderAt().toEpochMilli();
    }

    static long frequency(OrderSums s) {
        return s.orders();
    }

    static long monetary(OrderSums s) {
        return cents(s.revenue());
    }

    static Ranked rank(List<OrderSums> all, Instant at, int windowMonths) {
        List<OrderSums> population = new ArrayList<>();
        for (OrderSums s : all) {
            if (ranked(s)) {
                population.add(s);
            }
        }
        long[] r = sorted(population, RfmRanking::recency);
        long[] f = sorted(population, RfmRanking::frequency);
        long[] m = sorted(population, RfmRanking::monetary);
        int[][] scores = new int[all.size()][];
        for (int i = 0; i < all.size(); i++) {
            OrderSums s = all.get(i);
            scores[i] = ranked(s) ? new int[] {quintile(r, recency(s)), quintile(f, frequency(s)),
                quintile(m, monetary(s))} : new int[] {0, 0, 0};
        }
        List<Long> mCuts = cuts(m);
        List<BigDecimal> monetary = new ArrayList<>();
        for (Long c : mCuts) {
            monetary.add(c == null ? null : BigDecimal.valueOf(c, 2));
        }
        return new Ranked(scores, new RfmCutPoints(at, windowMonths, population.size(), cuts(r), cuts(f),
                Collections.unmodifiableList(monetary)));
    }

    /** {r, f, m} of one customer by the cut points of a full ranking. */
    static int[] score(RfmCutPoints cuts, OrderSums s) {
        if (!ranked(s)) {
            return new int[] {0, 0, 0};
        }
        List<Long> m = new ArrayList<>();
        for (BigDecimal c : cuts.monetary()) {
            m.add(c == null ? null : cents(c));
        }
        return new int[] {byCuts(cuts.recency(), recency(s)), byCuts(cuts.frequency(), frequency(s)),
            byCuts(m, monetary(s))};
    }

    static int quintile(long[] sorted, long value) {
        int n = sorted.length;
        if (n <= 1) {
            return 1;
        }
        int lower = lowerBound(sorted, value);
        return (int) Math.min(5, 1 + (5L * lower) / (n - 1));
    }

    private static int byCuts(List<Long> cuts, long value) {
        int score = 1;
        Long below = null;
        for (Long cut : cuts) {
            Long c = cut == null ? below : cut;
            if (c != null && value > c) {
                score++;
            }
            below = c;
        }
        return score;
    }

    /** The highest value of each score 1-4 in the sorted values, null where none got it. */
    private static List<Long> cuts(long[] sorted) {
        Long[] cuts = new Long[4];
        for (int i = 0; i < sorted.length; i++) {
            int s = quintile(sorted, sorted[i]);
            if (s <= 4) {
                cuts[s - 1] = sorted[i];
            }
        }
        return Collections.unmodifiableList(Arrays.asList(cuts));
    }

    private static int lowerBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long[] sorted(List<OrderSums> population, ToLongFunction<OrderSums> value) {
        long[] values = new long[population.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.applyAsLong(population.get(i));
        }
        Arrays.sort(values);
        return values;
    }

    private static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
