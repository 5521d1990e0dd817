package kr.crm.orders.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.crm.api.common.ValidationException;
import kr.crm.api.order.MonthlyRevenue;
import kr.crm.api.store.OrderStore;

/** Revenue per calendar month in Seoul: every month of the span present, empty ones at zero. */
final class MonthlyTotals {
    static final int MAX_MONTHS = 60;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private MonthlyTotals() {
    }

    static List<MonthlyRevenue> of(OrderStore store, String customerKey, int months, Clock clock) {
        if (customerKey == null || customerKey.isBlank()) {
            throw new ValidationException("customer", "is required");
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new ValidationException("months", "must be between 1 and " + MAX_MONTHS);
        }
        YearMonth last = YearMonth.from(clock.instant().atZone(SEOUL));
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, BigDecimal> revenue = new LinkedHashMap<>();
        Map<YearMonth, Long> count = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            revenue.put(m, BigDecimal.ZERO);
            count.put(m, 0L);
        }
        Instant since = first.atDay(1).atStartOfDay(SEOUL).toInstant();
        for (Map.Entry<Instant, BigDecimal> order : store.amountsSince(customerKey.strip(), since)) {
            YearMonth m = YearMonth.from(order.getKey().atZone(SEOUL));
            if (revenue.containsKey(m)) {
                revenue.merge(m, order.getValue(), BigDecimal::add);
                count.merge(m, 1L, Long::sum);
            }
        }
        List<MonthlyRevenue> result = new ArrayList<>();
        revenue.forEach((m, r) -> result.add(new MonthlyRevenue(m.toString(), r, count.get(m))));
        return result;
    }
}
