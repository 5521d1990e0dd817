package kr.crm.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kr.crm.api.order.OrderEvents;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The host posts a burst of order events, each one twice, in shuffled order. */
class OrderEventBurstTest extends CrmTest {
    private static final int ORDERS = 5_000;
    private static final int BUYERS = 200;

    @Test
    void aBurstOfTenThousandEventsWithEveryEventTwiceLeavesFiveThousandOrders() throws Exception {
        String source = "burst-" + UUID.randomUUID().toString().substring(0, 6);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            int buyer = i % BUYERS;
            Event event = new Event(OrderEvents.TOPIC_CREATED, Map.of(
                    OrderEvents.SOURCE, source,
                    OrderEvents.ORDER_NO, "N" + i,
                    OrderEvents.ORDERED_AT, "2026-11-2" + (i % 10) + "T09:00:00+09:00",
                    OrderEvents.CUSTOMER_NO, source + "-C" + buyer,
                    OrderEvents.CUSTOMER_NAME, "버스트고객" + buyer,
                    OrderEvents.TOTAL_AMOUNT, Integer.toString(1000 + i)));
            events.add(event);
            events.add(event);
        }
        Collections.shuffle(events, new Random(7));
        EventAdmin admin = CrmHost.service(host.context, EventAdmin.class);
        events.forEach(admin::postEvent);

        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        long orders = 0;
        while (System.nanoTime() < deadline && (orders = count("SELECT COUNT(*) FROM sales_order WHERE source = ?",
                source)) < ORDERS) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        TimeUnit.SECONDS.sleep(2); // late duplicates must not add anything either
        assertThat(count("SELECT COUNT(*) FROM sales_order WHERE source = ?", source)).isEqualTo(ORDERS);
        assertThat(count("SELECT COUNT(DISTINCT customer_key) FROM sales_order WHERE source = ?", source))
                .as("one key per host customer number").isEqualTo(BUYERS);
        assertThat(count("SELECT COUNT(*) FROM sales_order WHERE source = ? AND total_amount <> 1000 + "
                + "CAST(SUBSTRING(order_no, 2) AS UNSIGNED)", source)).isZero();
    }

    private static long count(String sql, String source) throws Exception {
        try (Connection c = CrmHost.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, source);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
