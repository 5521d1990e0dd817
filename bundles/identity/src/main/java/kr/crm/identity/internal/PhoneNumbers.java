package kr.crm.identity.internal;

/**
 * Korean phone numbers in their usual spellings ({@code 010-1234-5678}, {@code 01012345678},
 * {@code +82 10 1234 5678}, {@code (031)123-4567}) folded to one canonical digit string
 * ({@code 01012345678}, {@code 0311234567}). A number that lost its leading 0 in a spreadsheet's
 * number cell ({@code 1012345678}) gets it back.
 */
final class PhoneNumbers {
    private PhoneNumbers() {
    }

    /** The canonical digits, or null if the text is not a plausible Korean phone number. */
    static String canonical(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.length() == 0) {
                digits.append('+');
            } else if (c != '-' && c != ' ' && c != '(' && c != ')' && c != '.') {
                return null;
            }
        }
        String d = digits.toString();
        if (d.startsWith("+82")) {
            d = "0" + d.substring(3);
        } else if (d.startsWith("+")) {
            return null;
        }
        if (d.startsWith("00")) {
            return null;
        }
        if (isPlausible(d)) {
            return d;
        }
        // a spreadsheet's number cell drops the leading 0: 1012345678 is 010-1234-5678
        return !d.startsWith("0") && isPlausible("0" + d) ? "0" + d : null;
    }

    private static boolean isPlausible(String d) {
        if (d.startsWith("01")) {
            return d.length() == 10 || d.length() == 11;
        }
        if (d.startsWith("02")) {
            return d.length() == 9 || d.length() == 10;
        }
        if (d.startsWith("0")) {
            return d.length() == 10 || d.length() == 11;
        }
        // 15xx/16xx/18xx nationwide numbers have 8 digits
        return d.length() == 8 && (d.startsWith("15") || d.startsWith("16") || d.startsWith("18"));
    }
}
