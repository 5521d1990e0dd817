package kr.crm.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.crm.api.service.BacklogRow;
import kr.crm.api.service.SatisfactionMonth;
import kr.crm.api.service.SlaRow;
import kr.crm.api.service.TopicRow;

/** The service reports as tables for the CSV and .xlsx exports. */
final class ServiceReportTables {
    private ServiceReportTables() {
    }

    static ReportTable backlog(List<BacklogRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(List.of(r.status().name(), r.type(), r.requests(), r.underOneDay(),
                r.oneToThreeDays(), r.threeToSevenDays(), r.overSevenDays(), r.oldestHours())));
        return new ReportTable("service-backlog", List.of("status", "type", "requests", "under1Day", "1to3Days",
                "3to7Days", "over7Days", "oldestHours"), out);
    }

    static ReportTable sla(List<SlaRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(cells(r.type(), r.requests(), r.firstResponseDecided(), r.firstResponseMet(),
                r.firstResponseRate(), r.resolutionDecided(), r.resolutionMet(), r.resolutionRate(),
                r.openOverdue())));
        return new ReportTable("service-sla", List.of("type", "requests", "firstResponseDecided", "firstResponseMet",
                "firstResponseRate", "resolutionDecided", "resolutionMet", "resolutionRate", "openOverdue"), out);
    }

    static ReportTable satisfaction(List<SatisfactionMonth> rows) {
        List<List<Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(cells(r.month(), r.answers(), r.average(), r.low())));
        return new ReportTable("service-satisfaction", List.of("month", "answers", "average", "low"), out);
    }

    static ReportTable topics(List<TopicRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(cells(r.accountKey(), r.accountName(), r.topic(), r.requests(), r.open())));
        return new ReportTable("service-topics", List.of("accountKey", "accountName", "topic", "requests", "open"),
                out);
    }

    /** A row that may hold nulls (an empty cell), which {@code List.of} refuses. */
    private static List<Object> cells(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
