package kr.crm.api.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Korean resident registration numbers (주민등록번호) and foreigner registration numbers in
 * text, which the CRM must never keep (decision 196). A number is six digits of a real birth date
 * (YYMMDD, not in the future; the seventh digit gives the century), a sex-and-century digit 1-8, and six more digits, not inside a longer run of digits.
 * Written with a hyphen or a space between the halves, the date and the seventh digit suffice; run
 * together as 13 digits the check digit must match as well (the form is also that of EAN-13
 * barcodes and long order numbers, and numbers issued since October 2020 without a check digit are
 * children's and rarely written without the hyphen).
 *
 * @since 1.3
 */
public final class ResidentNumbers {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{2})([ \\u00a0]*[-\\u2010-\\u2015\\uFF0D][ \\u00a0]*|[ \\u00a0]+)?([1-8])([0-9]{6})(?![0-9])");
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    /** What a caller is told when an input carries one; names no value. */
    public static final String REASON = "contains a resident registration number (주민등록번호), which the CRM must not keep";

    private ResidentNumbers() {
    }

    /** True if {@code text} holds a resident or foreigner registration number; false for null. */
    public static boolean contains(String text) {
        if (text == null || text.length() < 13) {
            return false;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (isNumber(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with the last six digits of every such number replaced by {@code *}, as
     * {@code 900101-1******}; other text unchanged. Null stays null.
     */
    public static String mask(String text) {
        if (!contains(text)) {
            return text;
        }
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String masked = isNumber(m) ? text.substring(m.start(), m.start(6)) + "******" : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Throws naming {@code field} if {@code value} holds a registration number.
     *
     * @return the value, for chaining
     * @throws ValidationException with {@link #REASON}
     */
    public static String refuse(String field, String value) {
        if (contains(value)) {
            throw new ValidationException(field, REASON);
        }
        return value;
    }

    private static boolean isNumber(Matcher m) {
        int centuryDigit = m.group(5).charAt(0) - '0';
        int century = switch (centuryDigit) {
            case 1, 2, 5, 6 -> 1900;
            default -> 2000;
        };
        try {
            LocalDate born = LocalDate.of(century + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (born.isAfter(LocalDate.now())) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        return m.group(4) != null || checkDigitMatches(m.group(1) + m.group(2) + m.group(3) + m.group(5) + m.group(6));
    }

    /** The check digit of numbers issued before October 2020; foreigners' numbers used 13 instead of 11. */
    private static boolean checkDigitMatches(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int last = digits.charAt(12) - '0';
        boolean foreigner = digits.charAt(6) >= '5';
        return (11 - sum % 11) % 10 == last || foreigner && (13 - sum % 11) % 10 == last;
    }
}
