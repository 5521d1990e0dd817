package kr.crm.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kr.crm.api.common.ValidationException;
import kr.crm.api.order.MonthlyRevenue;
import kr.crm.api.store.OrderStore;
import org.junit.jupiter.api.Test;

class MonthlyTotalsTest {
    private final OrderStore store = mock(OrderStore.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);

    @Test
    void ordersCountInTheirSeoulMonthAndEmptyMonthsAreZero() {
        // 2026-09-30T16:00Z is already 1 October in Seoul
        when(store.amountsSince(eq("K1"), any())).thenReturn(List.of(
                Map.entry(Instant.parse("2026-09-30T16:00:00Z"), new BigDecimal("1000")),
                Map.entry(Instant.parse("2026-10-15T03:00:00Z"), new BigDecimal("500")),
                Map.entry(Instant.parse("2026-11-01T03:00:00Z"), new BigDecimal("250"))));
        List<MonthlyRevenue> months = MonthlyTotals.of(store, "K1", 3, clock);
        assertThat(months).containsExactly(new MonthlyRevenue("2026-09", BigDecimal.ZERO, 0),
                new MonthlyRevenue("2026-10", new BigDecimal("1500"), 2),
                new MonthlyRevenue("2026-11", new BigDecimal("250"), 1));
    }

    @Test
    void aSpanOutsideOneToSixtyMonthsIsRefused() {
        assertThatThrownBy(() -> MonthlyTotals.of(store, "K1", 0, clock)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("months"));
        assertThatThrownBy(() -> MonthlyTotals.of(store, "K1", 61, clock)).isInstanceOf(ValidationException.class);
    }
}
