package kr.crm.tools.testdata;

import java.util.Locale;

/** The small folds a matcher would apply, written independently of the generator for the tests. */
final class Folds {
    private static final int[] BRN_WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private Folds() {
    }

    /** Strips everything but digits, after mapping a leading +82 to 0. */
    static String phone(String spelled) {
        String s = spelled.strip();
        if (s.startsWith("+82")) {
            s = "0" + s.substring(3);
        }
        return s.replaceAll("[^0-9]", "");
    }

    /** Trimmed, lower case. */
    static String email(String spelled) {
        return spelled.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the BRN (hyphens allowed) has 10 digits and a valid check digit. */
    static boolean validBrn(String spelled) {
        String d = spelled.replace("-", "");
        if (!d.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * BRN_WEIGHTS[i];
        }
        sum += (d.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10 == d.charAt(9) - '0';
    }
}
