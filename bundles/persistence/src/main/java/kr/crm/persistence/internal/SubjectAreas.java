package kr.crm.persistence.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads what is held about a person, area by area, with dates as {@code Instant} and {@code LocalDate}. */
final class SubjectAreas {
    private SubjectAreas() {
    }

    static Map<String, List<Map<String, Object>>> read(PrivacyMapper m, List<String> keys) {
        Map<String, List<Map<String, Object>>> areas = new LinkedHashMap<>();
        area(areas, "customers", m::customers, keys);
        area(areas, "contactPersons", m::contactPersons, keys);
        area(areas, "orders", m::orders, keys);
        area(areas, "orderLines", m::orderLines, keys);
        area(areas, "contactLogs", m::contactLogs, keys);
        area(areas, "tasks", m::tasks, keys);
        area(areas, "consents", m::consents, keys);
        area(areas, "optOuts", m::optOuts, keys);
        area(areas, "sentMail", m::sentMail, keys);
        area(areas, "serviceRequests", m::serviceRequests, keys);
        area(areas, "segments", m::segments, keys);
        area(areas, "identityIndex", m::identityIndex, keys);
        area(areas, "syncedCards", m::syncedCards, keys);
        area(areas, "grades", m::grades, keys);
        return areas;
    }

    private static void area(Map<String, List<Map<String, Object>>> areas, String name,
            Function<List<String>, List<Map<String, Object>>> query, List<String> keys) {
        areas.put(name, query.apply(keys).stream().map(SubjectAreas::plain).toList());
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    private static Object value(Object v) {
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof LocalDateTime t) {
            return t.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        return v;
    }
}
