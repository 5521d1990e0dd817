package kr.crm.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.crm.api.analytics.Anniversary;
import kr.crm.api.analytics.CohortRow;
import kr.crm.api.analytics.GradeMonth;
import kr.crm.api.analytics.ParetoReport;
import kr.crm.api.analytics.RfmGrid;
import kr.crm.api.analytics.SegmentValue;

/**
 * A report as a table for the CSV and .xlsx exports: a name (file and sheet), column headers, rows of
 * strings, numbers and dates.
 */
record ReportTable(String name, List<String> headers, List<List<Object>> rows) {

    static ReportTable of(ParetoReport r) {
        List<List<Object>> rows = new ArrayList<>();
        r.curve().forEach(p -> rows.add(List.of(p.customerShare(), p.revenueShare())));
        rows.add(List.of("top 20% (" + r.topCustomers() + " of " + r.customers() + ")", r.top20Share()));
        return new ReportTable("pareto", List.of("customerShare", "revenueShare"), rows);
    }

    static ReportTable of(RfmGrid g) {
        List<List<Object>> rows = new ArrayList<>();
        g.cells().forEach(c -> rows.add(List.of(c.recency(), c.frequency(), c.customers(), c.averageMonetary(),
                c.revenue())));
        return new ReportTable("rfm-grid", List.of("recency", "frequency", "customers", "averageMonetary", "revenue"),
                rows);
    }

    static ReportTable segments(List<SegmentValue> values) {
        List<List<Object>> rows = new ArrayList<>();
        values.forEach(v -> rows.add(List.of(v.group(), v.customers(), v.active(), v.retentionRate(),
                v.averagePurchase(), v.costRatio(), v.marginPerCustomer(), v.ltvPerCustomer(), v.ltvTotal(),
                v.best())));
        return new ReportTable("segment-ltv", List.of("group", "customers", "active", "retentionRate",
                "averagePurchase", "costRatio", "marginPerCustomer", "ltvPerCustomer", "ltvTotal", "best"), rows);
    }

    static ReportTable grades(List<GradeMonth> months) {
        List<List<Object>> rows = new ArrayList<>();
        for (GradeMonth m : months) {
            List<Object> row = new ArrayList<>();
            row.add(m.month());
            for (Map.Entry<String, Long> e : m.counts().entrySet()) {
                row.add(e.getValue());
            }
            rows.add(row);
        }
        return new ReportTable("grades", List.of("month", "S", "A", "B", "C", "D"), rows);
    }

    static ReportTable cohorts(List<CohortRow> cohorts) {
        int span = cohorts.stream().mapToInt(c -> c.retention().size()).max().orElse(0);
        List<String> headers = new ArrayList<>(List.of("cohort", "customers"));
        for (int k = 0; k < span; k++) {
            headers.add("m" + k);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CohortRow c : cohorts) {
            List<Object> row = new ArrayList<>(List.of(c.cohort(), c.customers()));
            row.addAll(c.retention());
            rows.add(row);
        }
        return new ReportTable("cohorts", headers, rows);
    }

    static ReportTable anniversaries(List<Anniversary> days) {
        List<List<Object>> rows = new ArrayList<>();
        days.forEach(a -> rows.add(java.util.Arrays.asList(a.on(), a.kind(), a.customerKey(),
                a.contactKey() == null ? "" : a.contactKey(), a.name(), a.years())));
        return new ReportTable("anniversaries", List.of("on", "kind", "customerKey", "contactKey", "name", "years"),
                rows);
    }
}
