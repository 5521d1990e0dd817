package kr.crm.persistence.internal;

import static kr.crm.persistence.internal.GradeRows.decimal;
import static kr.crm.persistence.internal.GradeRows.decimalOrNull;
import static kr.crm.persistence.internal.GradeRows.instant;
import static kr.crm.persistence.internal.GradeRows.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.crm.api.analytics.CustomerMeasures;
import kr.crm.api.analytics.OrderSums;
import kr.crm.api.analytics.Quadrant;
import kr.crm.api.analytics.ReportFilter;
import kr.crm.api.analytics.RfmCutPoints;

/** Rows of AnalyticsMapper.xml into API records, and report filters into statement parameters. */
final class AnalyticsRows {
    private AnalyticsRows() {
    }

    /** A row of sumsOf or sumsPerKey, whose columns are named as in SQL. */
    static OrderSums sumsOf(Map<String, Object> row) {
        return new OrderSums((String) row.get("customerKey"), (String) row.get("kind"), instant(row.get("first_at")),
                instant(row.get("last_at")), number(row.get("orders_total")), decimal(row.get("revenue_total")),
                number(row.get("orders")), decimal(row.get("revenue")), decimal(row.get("previous_revenue")),
                decimal(row.get("carried")), decimal(row.get("without_margin")));
    }

    /** One customer's sums from two of its keys (its own and an alias, or two aliases). */
    static OrderSums plus(OrderSums a, OrderSums b) {
        return new OrderSums(a.customerKey(), a.kind(), earlier(a.firstOrderAt(), b.firstOrderAt()),
                later(a.lastOrderAt(), b.lastOrderAt()), a.ordersTotal() + b.ordersTotal(),
                a.revenueTotal().add(b.revenueTotal()), a.orders() + b.orders(), a.revenue().add(b.revenue()),
                a.previousRevenue().add(b.previousRevenue()), a.carriedMargin().add(b.carriedMargin()),
                a.revenueWithoutMargin().add(b.revenueWithoutMargin()));
    }

    /** The sums under the customer's key and kind; none (zeros) if it has no orders. */
    static OrderSums of(String customerKey, String kind, OrderSums sums) {
        if (sums == null) {
            return new OrderSums(customerKey, kind, null, null, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        return new OrderSums(customerKey, kind, sums.firstOrderAt(), sums.lastOrderAt(), sums.ordersTotal(),
                sums.revenueTotal(), sums.orders(), sums.revenue(), sums.previousRevenue(), sums.carriedMargin(),
                sums.revenueWithoutMargin());
    }

    private static java.time.Instant earlier(java.time.Instant a, java.time.Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static java.time.Instant later(java.time.Instant a, java.time.Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    static CustomerMeasures measures(Map<String, Object> row) {
        Object offer = row.get("offerPercent");
        return new CustomerMeasures((String) row.get("customerKey"), (String) row.get("kind"),
                instant(row.get("firstOrderAt")), instant(row.get("lastOrderAt")), number(row.get("ordersTotal")),
                decimal(row.get("revenueTotal")), number(row.get("orders")), decimal(row.get("revenue")),
                decimal(row.get("previousRevenue")), decimal(row.get("margin")),
                number(row.get("marginEstimated")) == 1, (int) number(row.get("recency")),
                (int) number(row.get("frequency")), (int) number(row.get("monetary")), (String) row.get("cell"),
                offer == null ? null : (int) number(offer), decimal(row.get("lifetimeValue")),
                Quadrant.valueOf((String) row.get("quadrant")), instant(row.get("computedAt")));
    }

    static RfmCutPoints cuts(Map<String, Object> row) {
        List<Long> r = new ArrayList<>();
        List<Long> f = new ArrayList<>();
        List<BigDecimal> m = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            r.add(row.get("r" + i) == null ? null : number(row.get("r" + i)));
            f.add(row.get("f" + i) == null ? null : number(row.get("f" + i)));
            m.add(decimalOrNull(row.get("m" + i)));
        }
        return new RfmCutPoints(instant(row.get("computedAt")), (int) number(row.get("windowMonths")),
                number(row.get("population")), Collections.unmodifiableList(r), Collections.unmodifiableList(f),
                Collections.unmodifiableList(m));
    }

    /** The filter's fields as the {@code filter} fragment reads them; blank means absent. */
    static Map<String, Object> params(ReportFilter filter) {
        Map<String, Object> p = new HashMap<>();
        p.put("region", blankToNull(filter.region()));
        p.put("industry", blankToNull(filter.industry()));
        p.put("ownerRep", blankToNull(filter.ownerRep()));
        p.put("grades", filter.grades().isEmpty() ? null : filter.grades().stream().map(Enum::name).sorted().toList());
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
