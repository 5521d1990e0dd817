package kr.crm.tools.testdata;

import java.util.SplittableRandom;

/**
 * Typing mistakes in Hangul: one syllable replaced by a similar-looking or similar-sounding one,
 * by swapping its vowel with a confusable one (ㅐ/ㅔ, ㅓ/ㅗ, ㅜ/ㅡ, ㅕ/ㅛ, ㅚ/ㅙ/ㅞ, ㅢ/ㅣ) or
 * its final consonant (ㄴ/ㅇ, none/ㄴ).
 */
final class Typos {
    /** For each of the 21 vowels, a confusable one, or -1. */
    private static final int[] SIMILAR_VOWEL = {-1, 5, -1, 7, 8, 1, 12, 3, 4, -1, 15, 10, 6, 18,
        -1, 11, -1, -1, 13, 20, 19};
    private static final int FINAL_N = 4;
    private static final int FINAL_NG = 21;

    private Typos() {
    }

    /**
     * {@code text} with one Hangul syllable at index {@code from} or later changed; unchanged if
     * there is none.
     */
    static String hangul(String text, int from, SplittableRandom r) {
        int count = 0;
        for (int i = from; i < text.length(); i++) {
            count += Romanizer.isSyllable(text.charAt(i)) ? 1 : 0;
        }
        if (count == 0) {
            return text;
        }
        int target = r.nextInt(count);
        for (int i = from; i < text.length(); i++) {
            if (Romanizer.isSyllable(text.charAt(i)) && target-- == 0) {
                char[] chars = text.toCharArray();
                chars[i] = similar(chars[i], r);
                return new String(chars);
            }
        }
        throw new IllegalStateException();
    }

    /** A different syllable confusable with {@code c}. */
    static char similar(char c, SplittableRandom r) {
        int code = c - 0xAC00;
        int initial = code / (21 * 28);
        int vowel = code / 28 % 21;
        int fin = code % 28;
        if (SIMILAR_VOWEL[vowel] >= 0 && r.nextBoolean()) {
            vowel = SIMILAR_VOWEL[vowel];
        } else if (fin == FINAL_N) {
            fin = FINAL_NG;
        } else if (fin == FINAL_NG || fin == 0) {
            fin = FINAL_N;
        } else {
            fin = 0;
        }
        return (char) (0xAC00 + (initial * 21 + vowel) * 28 + fin);
    }
}
