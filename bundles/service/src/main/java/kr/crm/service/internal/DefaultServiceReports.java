package kr.crm.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.crm.api.common.ValidationException;
import kr.crm.api.service.BacklogRow;
import kr.crm.api.service.SatisfactionMonth;
import kr.crm.api.service.ServiceReportFilter;
import kr.crm.api.service.ServiceReports;
import kr.crm.api.service.SlaRow;
import kr.crm.api.service.TopicRow;
import kr.crm.api.store.ServiceReportStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The service reports: days of a filter are days of the service calendar's zone, ages and overdue targets are
 * measured at the time of the call, and the satisfaction trend lists every month of the period.
 */
@Component(service = ServiceReports.class, configurationPid = "kr.crm.service")
public final class DefaultServiceReports implements ServiceReports {
    static final String COMPLAINT = "COMPLAINT";
    static final int MAX_ACCOUNTS = 100;
    static final int MAX_DAYS = 3 * 366;

    private final ServiceReportStore store;
    private final ZoneId zone;
    private final int lowScore;
    private final Clock clock;

    @Activate
    public DefaultServiceReports(@Reference ServiceReportStore store, ServiceConfig config) {
        this(store, ZoneId.of(config.zone()), config.lowScore(), Clock.systemUTC());
    }

    DefaultServiceReports(ServiceReportStore store, ZoneId zone, int lowScore, Clock clock) {
        this.store = store;
        this.zone = zone;
        this.lowScore = lowScore;
        this.clock = clock;
    }

    @Override
    public List<BacklogRow> backlog(ServiceReportFilter f) {
        return store.backlog(start(f), end(f), f.type(), f.team(), f.assignee(), clock.instant());
    }

    @Override
    public List<SlaRow> sla(ServiceReportFilter f) {
        return store.sla(start(f), end(f), f.type(), f.team(), f.assignee(), clock.instant());
    }

    @Override
    public List<SatisfactionMonth> satisfactionTrend(ServiceReportFilter f) {
        int offset = zone.getRules().getOffset(start(f)).getTotalSeconds();
        Map<String, SatisfactionMonth> answered = store.satisfactionByMonth(start(f), end(f), f.type(), f.team(),
                f.assignee(), lowScore, offset).stream()
                .collect(Collectors.toMap(SatisfactionMonth::month, Function.identity()));
        List<SatisfactionMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(f.from()); !m.isAfter(YearMonth.from(f.to())); m = m.plusMonths(1)) {
            String key = m.toString();
            months.add(answered.getOrDefault(key, new SatisfactionMonth(key, 0, null, 0)));
        }
        return months;
    }

    @Override
    public List<TopicRow> topTopics(ServiceReportFilter f, int accounts) {
        if (accounts < 1 || accounts > MAX_ACCOUNTS) {
            throw new ValidationException("accounts", "must be 1 to " + MAX_ACCOUNTS);
        }
        return store.topTopics(start(f), end(f), f.type() == null ? COMPLAINT : f.type(), f.team(), f.assignee(),
                accounts);
    }

    private Instant start(ServiceReportFilter f) {
        if (f.to().toEpochDay() - f.from().toEpochDay() >= MAX_DAYS) {
            throw new ValidationException("from", "a report covers at most " + MAX_DAYS + " days");
        }
        return f.from().atStartOfDay(zone).toInstant();
    }

    private Instant end(ServiceReportFilter f) {
        return f.to().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
