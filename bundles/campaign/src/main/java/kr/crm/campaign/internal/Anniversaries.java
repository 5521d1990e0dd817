package kr.crm.campaign.internal;

import java.time.LocalDate;
import java.time.Month;

/**
 * Which dates of birth or founding fall on a given day: the same month and day, and in a year without 29 February
 * those of 29 February on the 28th (the usual Korean and civil practice: the last day of February).
 */
final class Anniversaries {
    private Anniversaries() {
    }

    /** True if 29 February anniversaries are kept on {@code day}. */
    static boolean alsoFeb29(LocalDate day) {
        return day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 28 && !day.isLeapYear();
    }

    /** The occasion of an anniversary kept on {@code day}: its year (one greeting per occasion and year). */
    static String occasion(LocalDate day) {
        return Integer.toString(day.getYear());
    }
}
