package kr.crm.analytics.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.crm.api.analytics.GradeMonth;
import kr.crm.api.store.AnalyticsStore.GradeChangeRow;

/**
 * Accounts per grade at each month's end: an account counts with the grade of its last change
 * before the start of the next month (Asia/Seoul), or before {@code now} for the running month.
 * Rows arrive by account, then time.
 */
final class GradeTimeline {
    private static final List<String> GRADES = List.of("S", "A", "B", "C", "D");

    private final List<YearMonth> months;
    private final Instant[] ends;
    private final long[][] counts;
    private String account;
    private final String[] gradeAt;

    GradeTimeline(YearMonth first, YearMonth last, Instant now, ZoneId zone) {
        months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        ends = new Instant[months.size()];
        for (int i = 0; i < ends.length; i++) {
            Instant end = months.get(i).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            ends[i] = end.isAfter(now) ? now : end;
        }
        counts = new long[months.size()][GRADES.size()];
        gradeAt = new String[months.size()];
    }

    void accept(GradeChangeRow row) {
        if (!row.accountKey().equals(account)) {
            flush();
            account = row.accountKey();
        }
        for (int i = 0; i < ends.length; i++) {
            if (row.at().isBefore(ends[i])) {
                gradeAt[i] = row.grade();
            }
        }
    }

    List<GradeMonth> result() {
        flush();
        List<GradeMonth> result = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Map<String, Long> byGrade = new LinkedHashMap<>();
            for (int g = 0; g < GRADES.size(); g++) {
                byGrade.put(GRADES.get(g), counts[i][g]);
            }
            result.add(new GradeMonth(months.get(i).toString(), byGrade));
        }
        return result;
    }

    private void flush() {
        for (int i = 0; i < gradeAt.length; i++) {
            int g = gradeAt[i] == null ? -1 : GRADES.indexOf(gradeAt[i]);
            if (g >= 0) {
                counts[i][g]++;
            }
            gradeAt[i] = null;
        }
    }
}
