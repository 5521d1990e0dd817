package kr.crm.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.crm.api.analytics.OrderSums;
import org.junit.jupiter.api.Test;

class RfmRankingTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    static OrderSums sums(String key, int lastDay, long orders, long revenue) {
        Instant last = orders == 0 && lastDay < 0 ? null : T0.plusSeconds(86_400L * Math.max(lastDay, 0));
        return new OrderSums(key, "COMPANY", last, last, orders, BigDecimal.valueOf(revenue), orders,
                BigDecimal.valueOf(revenue), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(revenue));
    }

    @Test
    void fiveDistinctCustomersGetOneScoreEach() {
        List<OrderSums> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(sums("C" + i, i, i + 1, 100 * (5 - i)));
        }
        RfmRanking.Ranked ranked = RfmRanking.rank(all, T0, 12);
        // R rises with the last order's day, F with the count, M falls with the index (revenue 500..100)
        for (int i = 0; i < 5; i++) {
            assertThat(ranked.scores()[i]).containsExactly(i + 1, i + 1, 5 - i);
        }
        assertThat(ranked.cuts().frequency()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ranked.cuts().population()).isEqualTo(5);
    }

    @Test
    void tiesShareTheLowerScoreAndCustomersWithoutOrdersScoreZero() {
        List<OrderSums> all = List.of(sums("A", 1, 1, 100), sums("B", 1, 1, 100), sums("C", 2, 3, 300),
                sums("D", -1, 0, 0));
        RfmRanking.Ranked ranked = RfmRanking.rank(all, T0, 12);
        // population 3: A and B have nobody below them (score 1); C has 2 below: 1 + floor(5*2/2) = 6 -> 5
        assertThat(ranked.scores()[0]).containsExactly(1, 1, 1);
        assertThat(ranked.scores()[1]).containsExactly(1, 1, 1);
        assertThat(ranked.scores()[2]).containsExactly(5, 5, 5);
        assertThat(ranked.scores()[3]).containsExactly(0, 0, 0);
        assertThat(ranked.cuts().frequency()).containsExactly(1L, null, null, null);
    }

    @Test
    void scoringByTheCutPointsGivesWhatTheFullRankingGave() {
        List<OrderSums> all = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            all.add(sums("C" + i, (i * 7) % 23, 1 + (i * 5) % 11, 1000L * ((i * 13) % 17)));
        }
        RfmRanking.Ranked ranked = RfmRanking.rank(all, T0, 12);
        for (int i = 0; i < all.size(); i++) {
            assertThat(RfmRanking.score(ranked.cuts(), all.get(i))).as("customer %d", i)
                    .containsExactly(ranked.scores()[i]);
        }
    }

    @Test
    void oneCustomerAloneScoresOne() {
        RfmRanking.Ranked ranked = RfmRanking.rank(List.of(sums("A", 3, 2, 10)), T0, 12);
        assertThat(ranked.scores()[0]).containsExactly(1, 1, 1);
    }
}
