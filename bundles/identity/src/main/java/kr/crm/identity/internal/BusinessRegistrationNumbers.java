package kr.crm.identity.internal;

/**
 * 사업자등록번호: ten digits {@code XXX-XX-XXXXX}, the last a check digit computed with the
 * National Tax Service weights 1,3,7,1,3,7,1,3,5.
 */
final class BusinessRegistrationNumbers {
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private BusinessRegistrationNumbers() {
    }

    /** The ten digits without hyphens, or null if the shape is wrong (check digit not looked at). */
    static String digits(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (!t.matches("\\d{10}|\\d{3}-\\d{2}-\\d{5}")) {
            return null;
        }
        return t.replace("-", "");
    }

    static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += ((tenDigits.charAt(8) - '0') * 5) / 10;
        int check = (10 - sum % 10) % 10;
        return check == tenDigits.charAt(9) - '0';
    }
}
