package kr.crm.itest;

import java.util.concurrent.ThreadLocalRandom;

/** Business registration numbers (사업자등록번호) for test accounts. */
final class Brns {
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private Brns() {
    }

    /** A number with a valid check digit, different in (almost) every call. */
    static String random() {
        int sum = 0;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            int d = i == 0 ? 1 + ThreadLocalRandom.current().nextInt(9) : ThreadLocalRandom.current().nextInt(10);
            sum += d * WEIGHTS[i];
            s.append(d);
            if (i == 8) {
                sum += d * 5 / 10;
            }
        }
        return s.append((10 - sum % 10) % 10).toString();
    }
}
