package kr.crm.analytics.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.crm.api.analytics.Anniversary;
import kr.crm.api.store.AnalyticsStore.DatedCustomer;

/**
 * The days from today on, as {@code MM-dd} for the store to match founding days and birthdays, and the
 * next occurrence of each date found. A 29 February date only falls in leap years.
 */
final class AnniversaryCalendar {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final Map<String, LocalDate> days = new LinkedHashMap<>();

    AnniversaryCalendar(LocalDate today, int length) {
        for (int i = 0; i < length; i++) {
            LocalDate d = today.plusDays(i);
            days.putIfAbsent(d.format(MONTH_DAY), d);
        }
    }

    List<String> monthDays() {
        return List.copyOf(days.keySet());
    }

    List<Anniversary> upcoming(List<DatedCustomer> found) {
        List<Anniversary> result = new ArrayList<>();
        for (DatedCustomer d : found) {
            LocalDate on = days.get(d.date().format(MONTH_DAY));
            if (on != null && on.getYear() > d.date().getYear()) {
                result.add(new Anniversary(on, d.kind(), d.customerKey(), d.contactKey(), d.name(),
                        on.getYear() - d.date().getYear()));
            }
        }
        result.sort(Comparator.comparing(Anniversary::on).thenComparing(Anniversary::kind)
                .thenComparing(Anniversary::name));
        return result;
    }
}
