package kr.crm.persistence.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kr.crm.api.service.BacklogRow;
import kr.crm.api.service.RequestStatus;
import kr.crm.api.service.SatisfactionMonth;
import kr.crm.api.service.SlaRow;
import kr.crm.api.service.TopicRow;
import kr.crm.api.store.ServiceReportStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The service reports over ServiceReportMapper.xml. */
@Component(service = ServiceReportStore.class)
public final class MyBatisServiceReportStore implements ServiceReportStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisServiceReportStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<BacklogRow> backlog(Instant from, Instant to, String type, String team, String assignee, Instant now) {
        return sessions.read(s -> s.getMapper(ServiceReportMapper.class).backlog(from, to, type, team, assignee, now))
                .stream().map(MyBatisServiceReportStore::backlogRow)
                .sorted(Comparator.comparing(BacklogRow::status).thenComparing(BacklogRow::type)).toList();
    }

    @Override
    public List<SlaRow> sla(Instant from, Instant to, String type, String team, String assignee, Instant now) {
        return sessions.read(s -> s.getMapper(ServiceReportMapper.class).sla(from, to, type, team, assignee, now))
                .stream().map(MyBatisServiceReportStore::slaRow).toList();
    }

    @Override
    public List<SatisfactionMonth> satisfactionByMonth(Instant from, Instant to, String type, String team,
            String assignee, int lowScore, int offsetSeconds) {
        return sessions.read(s -> s.getMapper(ServiceReportMapper.class).satisfactionByMonth(from, to, type, team,
                assignee, lowScore, offsetSeconds)).stream()
                .map(r -> new SatisfactionMonth((String) r.get("month"), GradeRows.number(r.get("answers")),
                        GradeRows.decimal(r.get("average")).doubleValue(), GradeRows.number(r.get("low"))))
                .toList();
    }

    @Override
    public List<TopicRow> topTopics(Instant from, Instant to, String type, String team, String assignee,
            int accounts) {
        return sessions.read(s -> s.getMapper(ServiceReportMapper.class).topTopics(from, to, type, team, assignee,
                accounts)).stream()
                .map(r -> new TopicRow((String) r.get("accountKey"), (String) r.get("accountName"),
                        (String) r.get("topic"), GradeRows.number(r.get("requests")), GradeRows.number(r.get("open"))))
                .toList();
    }

    private static BacklogRow backlogRow(Map<String, Object> r) {
        return new BacklogRow(RequestStatus.valueOf((String) r.get("status")), (String) r.get("type"),
                GradeRows.number(r.get("requests")), GradeRows.number(r.get("d0")), GradeRows.number(r.get("d1")),
                GradeRows.number(r.get("d3")), GradeRows.number(r.get("d7")), GradeRows.number(r.get("oldest")));
    }

    private static SlaRow slaRow(Map<String, Object> r) {
        long frDecided = GradeRows.number(r.get("frDecided"));
        long frMet = GradeRows.number(r.get("frMet"));
        long resDecided = GradeRows.number(r.get("resDecided"));
        long resMet = GradeRows.number(r.get("resMet"));
        return new SlaRow((String) r.get("type"), GradeRows.number(r.get("requests")), frDecided, frMet,
                rate(frMet, frDecided), resDecided, resMet, rate(resMet, resDecided),
                GradeRows.number(r.get("openOverdue")));
    }

    private static Double rate(long met, long decided) {
        return decided == 0 ? null
                : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP).doubleValue();
    }
}
