package kr.crm.analytics.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.crm.api.analytics.CohortRow;
import kr.crm.api.store.AnalyticsStore.CustomerOrder;

/**
 * Retention by first-order month: a customer belongs to the month (Asia/Seoul) of its first order
 * ever; month k of a cohort holds the share of its customers with an order k months later, up to the
 * period's last month.
 */
final class CohortTable {
    private final ZoneId zone;
    private final YearMonth last;
    private final Map<String, BitSet> activeMonths = new HashMap<>();
    private final Map<String, YearMonth> cohortOf = new HashMap<>();

    CohortTable(YearMonth last, ZoneId zone) {
        this.last = last;
        this.zone = zone;
    }

    void accept(CustomerOrder o) {
        YearMonth cohort = YearMonth.from(o.firstOrderAt().atZone(zone));
        YearMonth month = YearMonth.from(o.orderedAt().atZone(zone));
        int k = (int) cohort.until(month, java.time.temporal.ChronoUnit.MONTHS);
        if (k < 0 || month.isAfter(last)) {
            return;
        }
        cohortOf.put(o.customerKey(), cohort);
        activeMonths.computeIfAbsent(o.customerKey(), x -> new BitSet()).set(k);
    }

    List<CohortRow> result() {
        Map<YearMonth, List<BitSet>> cohorts = new TreeMap<>();
        cohortOf.forEach((key, cohort) -> cohorts.computeIfAbsent(cohort, c -> new ArrayList<>())
                .add(activeMonths.get(key)));
        List<CohortRow> rows = new ArrayList<>();
        cohorts.forEach((cohort, members) -> {
            int span = (int) cohort.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
            List<BigDecimal> retention = new ArrayList<>();
            for (int k = 0; k < span; k++) {
                int month = k;
                long active = members.stream().filter(b -> b.get(month)).count();
                retention.add(ParetoCurve.share(BigDecimal.valueOf(active), BigDecimal.valueOf(members.size())));
            }
            rows.add(new CohortRow(cohort.toString(), members.size(), retention));
        });
        return rows;
    }
}
