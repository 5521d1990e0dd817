package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.analytics.RfmCutPoints;
import kr.crm.api.store.AnalyticsStore;
import org.junit.jupiter.api.Test;

/**
 * Measure writes are conditional on when the writer read the orders (decision 140): a full recompute
 * that scanned before an order arrived, or a node writing late, never puts older measures over newer
 * ones. The races are played through the store the analytics bundle writes with, against MariaDB.
 */
class MeasureWriteTest extends CrmTest {

    private static JsonNode measures(String key) throws Exception {
        HttpResponse<String> r = host.call("GET", "v1/analytics/customers/" + key, CrmHost.VIEWER, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return host.read(r);
    }

    /** The same measures as read at another time, with other order figures. */
    private static CustomerMeasures as(CustomerMeasures m, long orders, long revenue, Instant at) {
        return new CustomerMeasures(m.customerKey(), m.kind(), m.firstOrderAt(), m.lastOrderAt(), m.ordersTotal(),
                m.revenueTotal(), orders, BigDecimal.valueOf(revenue), m.previousRevenue(), m.margin(),
                m.marginEstimated(), m.recency(), m.frequency(), m.monetary(), m.cell(), m.offerPercent(),
                m.lifetimeValue(), m.quadrant(), at);
    }

    @Test
    void anOlderRecomputeNeverOverwritesNewerMeasures() throws Exception {
        AnalyticsStore store = CrmHost.service(host.context, AnalyticsStore.class);
        AnalyticsFixture data = new AnalyticsFixture(host);
        String key = data.company("경합");
        data.order("경합", 10, 3_000_000);
        RfmExpectation.recomputeAll(host);
        CustomerMeasures first = store.measures(List.of(key)).get(key);
        assertThat(first.orders()).isEqualTo(1);
        Instant fullRunRead = first.computedAt();

        // a second order, recomputed incrementally: it read the orders after the full run did
        data.order("경합", 2, 1_000_000);
        HttpResponse<String> r = host.call("POST", "v1/analytics/customers/" + key + "/recompute", CrmHost.REP, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(measures(key).path("orders").asLong()).isEqualTo(2);
        CustomerMeasures newer = store.measures(List.of(key)).get(key);
        assertThat(newer.computedAt()).isAfter(fullRunRead);

        // a full run that scanned before the second order writes late: its one order does not come back
        store.write(List.of(as(newer, 1, 3_000_000, fullRunRead)), List.of());
        JsonNode after = measures(key);
        assertThat(after.path("orders").asLong()).isEqualTo(2);
        assertThat(after.path("revenue").decimalValue()).isEqualByComparingTo("4000000");
        assertThat(store.measures(List.of(key)).get(key).computedAt()).isEqualTo(newer.computedAt());

        // the same moment of reading writes (a rerun with the same figures is harmless), a later one wins
        Instant later = newer.computedAt().plus(5, ChronoUnit.MILLIS);
        store.write(List.of(as(newer, 7, 7_000_000, later)), List.of());
        assertThat(measures(key).path("orders").asLong()).isEqualTo(7);
        TimeUnit.MILLISECONDS.sleep(20);
        // and an incremental recompute after it, reading now, puts the true figures back
        assertThat(host.call("POST", "v1/analytics/customers/" + key + "/recompute", CrmHost.REP, null).statusCode())
                .isEqualTo(200);
        assertThat(measures(key).path("orders").asLong()).isEqualTo(2);
        assertThat(measures(key).path("revenue").decimalValue()).isEqualByComparingTo("4000000");
    }

    @Test
    void olderCutPointsDoNotReplaceNewerOnes() throws Exception {
        RfmExpectation.recomputeAll(host);
        AnalyticsStore store = CrmHost.service(host.context, AnalyticsStore.class);
        RfmCutPoints now = store.cutPoints().orElseThrow();
        RfmCutPoints old = new RfmCutPoints(now.computedAt().minusSeconds(60), now.windowMonths(), 1,
                List.of(1L, 2L, 3L, 4L), List.of(1L, 2L, 3L, 4L), List.of(BigDecimal.ONE, BigDecimal.ONE,
                        BigDecimal.ONE, BigDecimal.ONE));
        store.saveCutPoints(old);
        RfmCutPoints stored = store.cutPoints().orElseThrow();
        assertThat(stored.computedAt()).isEqualTo(now.computedAt());
        assertThat(stored.population()).isEqualTo(now.population());
        assertThat(stored.recency()).isEqualTo(now.recency());
        assertThat(stored.monetary()).isEqualTo(now.monetary());
    }
}
