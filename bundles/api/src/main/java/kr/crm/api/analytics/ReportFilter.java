package kr.crm.api.analytics;

import java.time.LocalDate;
import java.util.Set;
import kr.crm.api.grade.Grade;

/**
 * What a report covers. Every field is optional; a report that has no use for one says so in
 * docs/analytics.md (the measure-based reports cover the measure window, not the period).
 *
 * @param from first day of the period (Asia/Seoul), inclusive
 * @param to last day of the period, inclusive
 * @param grades accounts of these grades in force (persons have none, so they drop out)
 * @param region the customer's region, exactly
 * @param industry the customer's industry, exactly
 * @param ownerRep the customer's owner rep
 */
public record ReportFilter(LocalDate from, LocalDate to, Set<Grade> grades, String region, String industry,
        String ownerRep) {

    public static final ReportFilter ALL = new ReportFilter(null, null, Set.of(), null, null, null);

    public ReportFilter {
        grades = grades == null ? Set.of() : Set.copyOf(grades);
    }

    /** This filter over another period. */
    public ReportFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ReportFilter(newFrom, newTo, grades, region, industry, ownerRep);
    }
}
