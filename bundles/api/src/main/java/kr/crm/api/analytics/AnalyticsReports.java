package kr.crm.api.analytics;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The reports of docs/analytics.md; every one takes the same filter. */
@ProviderType
public interface AnalyticsReports {

    /** Revenue concentration in the period (default: the measure window up to today). */
    ParetoReport pareto(ReportFilter filter);

    /**
     * Customers per R x F score with their average M: the stored measures (the measure window), or with a
     * period (since 0.2) the customers with orders in it, scored among themselves from the period's orders.
     */
    RfmGrid rfmGrid(ReportFilter filter);

    /**
     * Segment LTV per group.
     *
     * @param groupBy {@code grade}, {@code quadrant} or {@code cell}
     */
    List<SegmentValue> segmentValues(ReportFilter filter, String groupBy);

    /** Accounts per grade at each month's end in the period (default: the last 12 months). */
    List<GradeMonth> gradeDistribution(ReportFilter filter);

    /** Retention by first-order month, cohorts whose first order falls in the period (default: 12 months). */
    List<CohortRow> cohorts(ReportFilter filter);

    /**
     * Founding days and birthdays in the filter's period (at most 366 days; since 0.2), or without one in
     * the next {@code days} days (1-366), today included; a period with only {@code from} lasts {@code days}.
     */
    List<Anniversary> anniversaries(ReportFilter filter, int days);
}
