package kr.crm.tools.testdata;

/**
 * Hangul to Latin letters, syllable by syllable, after the Revised Romanization without the sound
 * change rules ({@code 민준 -> minjun}, {@code 서연 -> seoyeon}). Good enough for e-mail local
 * parts, domains and Latin-spelled names; other characters pass through.
 */
final class Romanizer {
    private static final String[] INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s",
        "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MEDIAL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o",
        "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m",
        "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private Romanizer() {
    }

    /** Whether c is a precomposed Hangul syllable (가..힣). */
    static boolean isSyllable(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    /** One syllable in Latin letters, lower case. */
    static String syllable(char c) {
        if (!isSyllable(c)) {
            return String.valueOf(c);
        }
        int code = c - 0xAC00;
        return INITIAL[code / (21 * 28)] + MEDIAL[code / 28 % 21] + FINAL[code % 28];
    }

    /** A whole string, lower case, syllables joined without separator. */
    static String romanize(String hangul) {
        return romanize(hangul, "");
    }

    /** A whole string, lower case, Hangul syllables joined with {@code separator}. */
    static String romanize(String hangul, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hangul.length(); i++) {
            char c = hangul.charAt(i);
            if (isSyllable(c) && i > 0 && isSyllable(hangul.charAt(i - 1))) {
                out.append(separator);
            }
            out.append(syllable(c));
        }
        return out.toString();
    }

    /** First letter upper case. */
    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
