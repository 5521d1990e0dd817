package kr.crm.grading.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.crm.api.grade.AccountMeasures;
import kr.crm.api.grade.RfmCuts;
import org.junit.jupiter.api.Test;

class RfmScorerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    /** The full run's rule (GradeMapper.xml): 1 + floor(5 x percent rank), ties sharing the lowest rank. */
    private static int quintile(List<Long> population, long value) {
        long below = population.stream().filter(v -> v < value).count();
        return population.size() == 1 ? 1 : (int) Math.min(5, 1 + Math.floor(5.0 * below / (population.size() - 1)));
    }

    /** Accounts scored as the full run scores them, with many ties (small value ranges). */
    private static List<AccountMeasures> ranked(Random random, int n) {
        List<Long> recency = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        List<Long> revenue = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            recency.add(NOW.toEpochMilli() - Duration.ofDays(random.nextInt(365)).toMillis());
            orders.add(1L + random.nextInt(12));
            revenue.add(1_000_000L * (1 + random.nextInt(40)));
        }
        List<AccountMeasures> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(new AccountMeasures("K" + i, BigDecimal.valueOf(revenue.get(i)), orders.get(i), null,
                    Instant.ofEpochMilli(recency.get(i)), quintile(recency, recency.get(i)),
                    quintile(orders, orders.get(i)), quintile(revenue, revenue.get(i)), null, 0));
        }
        all.add(new AccountMeasures("none", BigDecimal.ZERO, 0, null, null, 0, 0, 0, null, 0));
        return all;
    }

    private static AccountMeasures unscored(AccountMeasures m) {
        return m.withScores(0, 0, 0);
    }

    @Test
    void rankingGivesQuintilesWithTiesSharingTheLowerScore() {
        Random random = new Random(5);
        for (int n : new int[] {1, 2, 6, 333}) {
            List<AccountMeasures> expected = ranked(random, n);
            List<AccountMeasures> actual = RfmScorer.rank(expected.stream().map(RfmScorerTest::unscored).toList());
            assertThat(actual).as("%d accounts", n).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void scoringAnAccountAgainstTheCutsGivesTheScoresOfTheFullRanking() {
        Random random = new Random(7);
        for (int n : new int[] {1, 2, 3, 7, 50, 1000}) {
            List<AccountMeasures> all = ranked(random, n);
            RfmCuts cuts = RfmScorer.cuts(all, 4, NOW);
            assertThat(cuts.population()).isEqualTo(n);
            for (AccountMeasures m : all) {
                AccountMeasures scored = RfmScorer.score(cuts, unscored(m));
                assertThat(List.of(scored.recency(), scored.frequency(), scored.monetary()))
                        .as("account %s of %d", m.accountKey(), n)
                        .containsExactly(m.recency(), m.frequency(), m.monetary());
            }
        }
    }

    @Test
    void aNewValueScoresLikeTheRankedValuesAroundIt() {
        List<AccountMeasures> all = ranked(new Random(11), 500);
        RfmCuts cuts = RfmScorer.cuts(all, 4, NOW);
        AccountMeasures best = RfmScorer.score(cuts, new AccountMeasures("new", new BigDecimal("999000000"), 99, null,
                NOW, 0, 0, 0, null, 0));
        assertThat(best.rfm()).isEqualTo(15);
        AccountMeasures least = RfmScorer.score(cuts, new AccountMeasures("new", BigDecimal.ONE, 1, null,
                NOW.minus(Duration.ofDays(3000)), 0, 0, 0, null, 0));
        assertThat(List.of(least.recency(), least.frequency(), least.monetary())).containsExactly(1, 1, 1);
        AccountMeasures none = RfmScorer.score(cuts, new AccountMeasures("new", BigDecimal.ZERO, 0, null,
                NOW.minus(Duration.ofDays(3000)), 0, 0, 0, null, 0));
        assertThat(none.rfm()).isZero();
    }

    @Test
    void cutsOfAnotherPolicyOrOlderThanADayAreNotUsed() {
        RfmCuts cuts = RfmScorer.cuts(ranked(new Random(3), 20), 4, NOW);
        assertThat(RfmScorer.usable(cuts, 4, NOW.plus(Duration.ofHours(23)))).isTrue();
        assertThat(RfmScorer.usable(cuts, 5, NOW)).isFalse();
        assertThat(RfmScorer.usable(cuts, 4, NOW.plus(Duration.ofHours(25)))).isFalse();
    }
}
