package kr.crm.grading.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.RfmCuts;

/**
 * Ranks accounts into RFM scores 1-5 by quintile, keeps the cut points of a full re-grade and scores
 * single accounts against them. Ranking: among the accounts with orders in the window, score =
 * min(5, 1 + floor(5 x (accounts with a lower value) / (accounts - 1))), 1 with one account; equal
 * values get the same, lower score (SQL's PERCENT_RANK). Cut points: A score s
 * score s (1-4) has as its cut the highest value that got s; a value scores 1 + the number of cuts it
 * exceeds, so equal values score alike, as in the full ranking. A score nobody got takes the cut
 * below it, so a value above it still scores past it.
 */
final class RfmScorer {
    /** Cut points older than this do not score; the account is ranked among all instead. */
    static final Duration MAX_AGE = Duration.ofHours(24);

    private RfmScorer() {
    }

    /** {@code measures} with their RFM scores among those with orders in the window (0 for the others), in order. */
    static List<AccountMeasures> rank(List<AccountMeasures> measures) {
        List<AccountMeasures> population = measures.stream().filter(RfmScorer::ranked).toList();
        List<Long> recency = sorted(population, m -> m.lastOrderAt().toEpochMilli());
        List<Long> frequency = sorted(population, AccountMeasures::orders);
        List<BigDecimal> monetary = sorted(population, AccountMeasures::revenue);
        List<AccountMeasures> result = new ArrayList<>(measures.size());
        for (AccountMeasures m : measures) {
            boolean ranked = ranked(m);
            result.add(ranked ? m.withScores(quintile(recency, m.lastOrderAt().toEpochMilli()),
                    quintile(frequency, m.orders()), quintile(monetary, m.revenue())) : m.withScores(0, 0, 0));
        }
        return result;
    }

    private static boolean ranked(AccountMeasures m) {
        return m.orders() > 0 && m.lastOrderAt() != null;
    }

    private static <T extends Comparable<T>> List<T> sorted(List<AccountMeasures> population,
            Function<AccountMeasures, T> value) {
        return population.stream().map(value).sorted().toList();
    }

    /** The score of {@code value} among the sorted values: by how many values are lower (a lower-bound search). */
    private static <T extends Comparable<T>> int quintile(List<T> sorted, T value) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).compareTo(value) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return sorted.size() <= 1 ? 1 : (int) Math.min(5, 1 + (5L * low) / (sorted.size() - 1));
    }

    /** The cut points of a full run's measures (accounts without orders in the window are not ranked). */
    static RfmCuts cuts(List<AccountMeasures> ranked, long policyVersion, Instant at) {
        List<AccountMeasures> population = ranked.stream().filter(m -> m.orders() > 0).toList();
        return new RfmCuts(policyVersion, at, population.size(),
                highest(population, AccountMeasures::recency, m -> m.lastOrderAt().toEpochMilli()),
                highest(population, AccountMeasures::frequency, AccountMeasures::orders),
                highest(population, AccountMeasures::monetary, AccountMeasures::revenue));
    }

    /** {@code m} with its RFM scores by the cut points; 0 without orders in the window. */
    static AccountMeasures score(RfmCuts cuts, AccountMeasures m) {
        if (!ranked(m)) {
            return m.withScores(0, 0, 0);
        }
        return m.withScores(score(cuts.recency(), m.lastOrderAt().toEpochMilli()), score(cuts.frequency(), m.orders()),
                score(cuts.monetary(), m.revenue()));
    }

    private static <T extends Comparable<T>> int score(List<T> cuts, T value) {
        int score = 1;
        T below = null;
        for (T cut : cuts) {
            T c = cut == null ? below : cut;
            if (c != null && value.compareTo(c) > 0) {
                score++;
            }
            below = c;
        }
        return score;
    }

    private static <T extends Comparable<T>> List<T> highest(List<AccountMeasures> population,
            Function<AccountMeasures, Integer> score, Function<AccountMeasures, T> value) {
        List<T> cuts = new ArrayList<>(Arrays.asList(null, null, null, null));
        for (AccountMeasures m : population) {
            int s = score.apply(m);
            if (s >= 1 && s <= 4) {
                T v = value.apply(m);
                T top = cuts.get(s - 1);
                if (top == null || v.compareTo(top) > 0) {
                    cuts.set(s - 1, v);
                }
            }
        }
        return Collections.unmodifiableList(cuts);
    }

    /** Whether cut points from the same policy and of the last {@link #MAX_AGE} may score an account. */
    static boolean usable(RfmCuts cuts, long policyVersion, Instant now) {
        return cuts.policyVersion() == policyVersion && cuts.computedAt().isAfter(now.minus(MAX_AGE));
    }
}
