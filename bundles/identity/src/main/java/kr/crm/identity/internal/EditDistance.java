package kr.crm.identity.internal;

/** Whether two strings are at most one edit apart, over code points (a Hangul syllable is one). */
final class EditDistance {
    private EditDistance() {
    }

    static boolean atMostOne(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (x.length > y.length) {
                i++;
            } else if (y.length > x.length) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return !edited || (i == x.length && j == y.length);
    }
}
