package kr.crm.tools.testdata;

import java.util.SplittableRandom;

/**
 * Korean business registration numbers (사업자등록번호): 3-digit tax office, 2-digit type
 * ({@code 81}, {@code 86}, {@code 87}, {@code 88} for corporations, {@code 01}-{@code 79} for
 * sole proprietors), 4-digit serial, check digit.
 */
final class Brn {
    /** How many distinct office/serial combinations there are (offices 101-999, serials 1-9999). */
    static final long SPACE = 899L * 9999L;
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};
    private static final int[] CORPORATE = {81, 86, 87, 88};

    private Brn() {
    }

    /** A BRN; {@code unique} in {@code [0, SPACE)} makes it unique. */
    static String generate(long unique, boolean corporate, SplittableRandom r) {
        long office = 101 + unique / 9999;
        long serial = 1 + unique % 9999;
        int type = corporate ? CORPORATE[r.nextInt(CORPORATE.length)] : 1 + r.nextInt(79);
        String first9 = String.format("%03d%02d%04d", office, type, serial);
        return first9 + checkDigit(first9);
    }

    /** The check digit of the first 9 digits. */
    static int checkDigit(String first9) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (first9.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (first9.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10;
    }

    /** {@code 123-45-67890}. */
    static String hyphenate(String digits) {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }
}
