package kr.crm.orders.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which Excel number formats show a date or time. Excel stores a date as a plain number of days;
 * only the cell's number format says that it is one.
 */
final class ExcelDateFormats {
    /** Quoted text, escaped characters, [colour], [$-412] locale and condition blocks, AM/PM markers. */
    private static final Pattern NOT_DATE_PARTS = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]|AM/PM|A/P",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_PARTS = Pattern.compile("[ymdhs]", Pattern.CASE_INSENSITIVE);
    /** Fractions of a second, as in {@code ss.000}: the only digit placeholders a date format has. */
    private static final Pattern FRACTION = Pattern.compile("\\.0+");

    private ExcelDateFormats() {
    }

    /**
     * True for the built-in date and time formats (14-22 and 45-47 everywhere; 27-36 and 50-58,
     * the Korean, Japanese and Chinese date formats) and for custom formats made of date and time
     * parts, such as {@code yyyy-mm-dd hh:mm} or {@code yyyy"년" m"월" d"일"}.
     */
    static boolean isDate(Integer formatId, String format) {
        if (formatId != null && (between(formatId, 14, 22) || between(formatId, 27, 36)
                || between(formatId, 45, 47) || between(formatId, 50, 58))) {
            return true;
        }
        if (format == null || format.isBlank() || format.toLowerCase(Locale.ROOT).contains("general")) {
            return false;
        }
        String parts = NOT_DATE_PARTS.matcher(format.split(";", 2)[0]).replaceAll("");
        parts = FRACTION.matcher(parts).replaceAll("");
        return DATE_PARTS.matcher(parts).find() && parts.chars().noneMatch(c -> c == '#' || c == '?' || c == '0');
    }

    private static boolean between(int id, int from, int to) {
        return id >= from && id <= to;
    }
}
