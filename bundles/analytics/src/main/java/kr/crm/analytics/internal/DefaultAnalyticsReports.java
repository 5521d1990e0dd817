package kr.crm.analytics.internal;

import static kr.crm.analytics.internal.DefaultAnalyticsService.SEOUL;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import kr.crm.api.analytics.AnalyticsReports;
import kr.crm.api.analytics.AnalyticsService;
import kr.crm.api.analytics.AnalyticsSettings;
import kr.crm.api.analytics.Anniversary;
import kr.crm.api.analytics.CohortRow;
import kr.crm.api.analytics.GradeMonth;
import kr.crm.api.analytics.ParetoReport;
import kr.crm.api.analytics.ReportFilter;
import kr.crm.api.analytics.RfmGrid;
import kr.crm.api.analytics.SegmentValue;
import kr.crm.api.common.ValidationException;
import kr.crm.api.store.AnalyticsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The reports of docs/analytics.md over the stored measures and the orders, each with the same filter. */
@Component(service = AnalyticsReports.class)
public final class DefaultAnalyticsReports implements AnalyticsReports {
    static final Set<String> GROUPS = Set.of("grade", "quadrant", "cell");
    /** The longest period a report covers. */
    static final int MAX_MONTHS = 60;

    private final AnalyticsStore store;
    private final AnalyticsService analytics;
    private final Clock clock;

    @Activate
    public DefaultAnalyticsReports(@Reference AnalyticsStore store, @Reference AnalyticsService analytics) {
        this(store, analytics, Clock.systemUTC());
    }

    DefaultAnalyticsReports(AnalyticsStore store, AnalyticsService analytics, Clock clock) {
        this.store = store;
        this.analytics = analytics;
        this.clock = clock;
    }

    @Override
    public ParetoReport pareto(ReportFilter filter) {
        ReportFilter f = period(filter, today().minusMonths(analytics.settings().windowMonths()));
        return ParetoCurve.of(store.revenues(f, start(f.from()), start(f.to().plusDays(1))), f.from(), f.to());
    }

    @Override
    public RfmGrid rfmGrid(ReportFilter filter) {
        if (filter.from() == null && filter.to() == null) {
            return store.rfmGrid(filter);
        }
        int months = analytics.settings().windowMonths();
        ReportFilter f = period(filter, today().minusMonths(months));
        Instant end = start(f.to().plusDays(1));
        return PeriodRfmGrid.of(store.periodSums(f, start(f.from()), end), end, months);
    }

    @Override
    public List<SegmentValue> segmentValues(ReportFilter filter, String groupBy) {
        String group = groupBy == null || groupBy.isBlank() ? "grade" : groupBy.strip();
        if (!GROUPS.contains(group)) {
            throw new ValidationException("groupBy", "must be grade, quadrant or cell");
        }
        if (filter.from() == null && filter.to() == null) {
            return SegmentLtv.of(store.groupSums(filter, group), analytics.settings());
        }
        AnalyticsSettings settings = analytics.settings();
        ReportFilter f = period(filter, today().minusMonths(settings.windowMonths()).plusDays(1));
        long days = java.time.temporal.ChronoUnit.DAYS.between(f.from(), f.to()) + 1;
        return SegmentLtv.ofPeriod(store.periodGroupSums(f, group, start(f.from().minusDays(days)), start(f.from()),
                start(f.to().plusDays(1)), settings.defaultMarginRate()), settings, days);
    }

    @Override
    public List<GradeMonth> gradeDistribution(ReportFilter filter) {
        ReportFilter f = period(filter, YearMonth.from(today()).minusMonths(11).atDay(1));
        GradeTimeline timeline = new GradeTimeline(YearMonth.from(f.from()), YearMonth.from(f.to()), clock.instant(),
                SEOUL);
        store.gradeChanges(f, start(f.to().plusDays(1)), timeline::accept);
        return timeline.result();
    }

    @Override
    public List<CohortRow> cohorts(ReportFilter filter) {
        ReportFilter f = period(filter, YearMonth.from(today()).minusMonths(11).atDay(1));
        CohortTable table = new CohortTable(YearMonth.from(f.to()), SEOUL);
        store.orderMonths(f, start(f.from()), start(f.to().plusDays(1)), table::accept);
        return table.result();
    }

    @Override
    public List<Anniversary> anniversaries(ReportFilter filter, int days) {
        if (days < 1 || days > 366) {
            throw new ValidationException("days", "must be 1-366");
        }
        LocalDate from = filter.from() == null ? today() : filter.from();
        LocalDate to = filter.to() == null ? from.plusDays(days - 1L) : filter.to();
        if (from.isAfter(to)) {
            throw new ValidationException("from", "must not be after to");
        }
        long length = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        if (length > 366) {
            throw new ValidationException("to", "the anniversary period may cover at most 366 days");
        }
        AnniversaryCalendar calendar = new AnniversaryCalendar(from, (int) length);
        return calendar.upcoming(store.anniversaries(filter, calendar.monthDays()));
    }

    /** The filter with its period completed (to: today; from: the default) and checked. */
    private ReportFilter period(ReportFilter filter, LocalDate defaultFrom) {
        LocalDate to = filter.to() == null ? today() : filter.to();
        LocalDate from = filter.from() == null ? (filter.to() == null ? defaultFrom : to.minusYears(1)) : filter.from();
        if (from.isAfter(to)) {
            throw new ValidationException("from", "must not be after to");
        }
        if (from.isBefore(to.minusMonths(MAX_MONTHS))) {
            throw new ValidationException("from", "the period may cover at most " + MAX_MONTHS + " months");
        }
        return filter.withPeriod(from, to);
    }

    private LocalDate today() {
        return clock.instant().atZone(SEOUL).toLocalDate();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(SEOUL).toInstant();
    }
}
