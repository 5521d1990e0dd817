package kr.crm.rest.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import kr.crm.api.analytics.ReportFilter;
import kr.crm.api.common.ValidationException;
import kr.crm.api.grade.Grade;

/** The analytics reports' query parameters: period, grades, region, industry, owner rep; each checked by name. */
final class ReportParams {
    static final int TEXT_MAX = 100;

    private ReportParams() {
    }

    static ReportFilter filter(String from, String to, String grades, String region, String industry,
            String ownerRep) {
        return new ReportFilter(Params.date("from", from), Params.date("to", to), grades(grades),
                text("region", region), text("industry", industry), text("ownerRep", ownerRep));
    }

    /** {@code A,B}: grades S, A, B, C, D, comma-separated. */
    static Set<Grade> grades(String value) {
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        if (value == null || value.isBlank()) {
            return grades;
        }
        for (String g : value.split(",")) {
            try {
                grades.add(Grade.valueOf(g.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("grade", "must be grades S, A, B, C or D, comma-separated");
            }
        }
        return grades;
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > TEXT_MAX) {
            throw new ValidationException(field, "must be at most " + TEXT_MAX + " characters");
        }
        return value.strip();
    }

    static int days(String value) {
        if (value == null || value.isBlank()) {
            return 30;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("days", "must be a whole number of days, 1-366");
        }
    }

    /** {@code json} (default), {@code csv} or {@code xlsx}. */
    static String format(String value) {
        String f = value == null || value.isBlank() ? "json" : value.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("csv") && !f.equals("xlsx")) {
            throw new ValidationException("format", "must be json, csv or xlsx");
        }
        return f;
    }
}
