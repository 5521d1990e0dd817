package kr.crm.tools.testdata;

import java.util.SplittableRandom;

/**
 * Korean phone numbers: canonical digits and the spellings channels use. Mobiles are
 * {@code 010} and 8 digits; landlines the region's area code and a 7- or 8-digit local number
 * starting with 2-9 ({@code 02} numbers have 9-10 digits, others 10-11).
 */
final class Phones {
    /** Spellings, by index: 0 {@code 010-1234-5678}, 1 {@code 01012345678},
     * 2 {@code +82 10 1234 5678}, 3 {@code +82-10-1234-5678}, 4 {@code 010.1234.5678},
     * 5 {@code (031)123-4567}, 6 {@code 031 123 4567}, 7 {@code +821012345678}. */
    static final int FORMATS = 8;

    private Phones() {
    }

    /** A mobile number; {@code unique} in {@code [0, 90_000_000)} makes it unique. */
    static String mobile(long unique) {
        return "010" + (10_000_000 + unique);
    }

    /**
     * A landline in the region; {@code unique} in {@code [0, 8_000_000)} makes it unique (its
     * first 7 local digits are {@code 2_000_000 + unique}).
     */
    static String landline(String areaCode, long unique, SplittableRandom r) {
        long local = 2_000_000 + unique;
        return areaCode + (r.nextDouble() < 0.25 ? local : local * 10 + r.nextInt(10));
    }

    /** Length of the area or mobile prefix of canonical digits. */
    static int areaLength(String digits) {
        return digits.startsWith("02") ? 2 : 3;
    }

    /** The canonical digits in spelling {@code format} (0..{@link #FORMATS}-1). */
    static String spell(String digits, int format) {
        int a = areaLength(digits);
        String area = digits.substring(0, a);
        String middle = digits.substring(a, digits.length() - 4);
        String last = digits.substring(digits.length() - 4);
        String national = area.substring(1);
        return switch (format) {
            case 0 -> area + "-" + middle + "-" + last;
            case 1 -> digits;
            case 2 -> "+82 " + national + " " + middle + " " + last;
            case 3 -> "+82-" + national + "-" + middle + "-" + last;
            case 4 -> area + "." + middle + "." + last;
            case 5 -> "(" + area + ")" + middle + "-" + last;
            case 6 -> area + " " + middle + " " + last;
            case 7 -> "+82" + national + middle + last;
            default -> throw new IllegalArgumentException("format " + format);
        };
    }

    /** A random spelling of the digits. */
    static String respell(String digits, SplittableRandom r) {
        return spell(digits, r.nextInt(FORMATS));
    }

    /**
     * The digits with one digit of the local number changed (never the first local digit, so the
     * result is still a well-formed number, but another one).
     */
    static String typo(String digits, SplittableRandom r) {
        int from = areaLength(digits) + 1;
        int at = from + r.nextInt(digits.length() - from);
        int old = digits.charAt(at) - '0';
        int replacement = (old + 1 + r.nextInt(9)) % 10;
        return digits.substring(0, at) + replacement + digits.substring(at + 1);
    }
}
