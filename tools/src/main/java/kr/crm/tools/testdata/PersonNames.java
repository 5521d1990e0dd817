package kr.crm.tools.testdata;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Korean person names: surnames weighted by their share of the population (김 about 21%, 이 15%,
 * 박 8%, ...), given names from a list of common ones or from two common syllables, and their
 * Latin spellings ({@code Kim Minjun}, {@code Minjun Kim}, {@code KIM MINJUN}, {@code Kim Min-jun}).
 */
final class PersonNames {
    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장",
        "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손",
        "배", "백", "허", "유", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민"};
    private static final double[] SURNAME_WEIGHTS = {21.5, 14.7, 8.4, 4.7, 4.3, 2.3, 2.1, 2.1,
        2.0, 1.7, 1.5, 1.5, 1.5, 1.5, 1.4, 1.4, 1.4, 1.3, 1.2, 1.1, 1.1, 0.9, 0.9, 0.9, 0.9, 0.8,
        0.8, 0.6, 0.6, 0.6, 0.5, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.3};
    private static final String[] SURNAME_LATIN = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang",
        "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song",
        "Ryu", "Jeon", "Hong", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Yoo", "Nam",
        "Shim", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Koo", "Min"};
    private static final String[] COMMON_GIVEN = {"민준", "서준", "도윤", "예준", "시우", "하준",
        "지호", "주원", "지후", "준우", "서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서",
        "지유", "지민", "영호", "영수", "정숙", "미경", "은정", "성민", "현우", "지훈", "동현", "수진",
        "지영", "혜진", "상철", "경희", "미영", "재현", "승민", "유진", "수빈", "예은", "민지", "은지",
        "영희", "철수", "성호", "정호", "미숙", "순자", "영자", "현정"};
    private static final String[] FIRST_SYLLABLES = {"민", "서", "지", "현", "수", "영", "준", "성",
        "재", "은", "혜", "동", "상", "경", "미", "정", "유", "예", "하", "승", "태", "윤", "연", "소",
        "다", "채", "주", "진", "가", "도"};
    private static final String[] SECOND_SYLLABLES = {"준", "우", "호", "진", "민", "현", "서", "희",
        "연", "아", "원", "빈", "훈", "석", "철", "숙", "은", "영", "윤", "율", "린", "혁", "환", "수",
        "정", "인", "경", "주", "나", "비"};

    private PersonNames() {
    }

    /** A Hangul name, surname first, no blank ({@code 김민준}). */
    static String hangul(SplittableRandom r) {
        String surname = SURNAMES[Rngs.weighted(r, SURNAME_WEIGHTS)];
        String given = r.nextDouble() < 0.6 ? Rngs.pick(r, COMMON_GIVEN)
                : Rngs.pick(r, FIRST_SYLLABLES) + Rngs.pick(r, SECOND_SYLLABLES);
        return surname + given;
    }

    /** The customary Latin surname of a Hangul name ({@code 이 -> Lee}). */
    static String latinSurname(String hangulName) {
        String surname = hangulName.substring(0, 1);
        for (int i = 0; i < SURNAMES.length; i++) {
            if (SURNAMES[i].equals(surname)) {
                return SURNAME_LATIN[i];
            }
        }
        return Romanizer.capitalize(Romanizer.romanize(surname));
    }

    /** The canonical Latin spelling, surname first: {@code Kim Minjun}. */
    static String latin(String hangulName) {
        return latin(hangulName, 0);
    }

    /** One of the usual Latin spellings, chosen at random. */
    static String latin(String hangulName, SplittableRandom r) {
        return latin(hangulName, r.nextInt(4));
    }

    private static String latin(String hangulName, int style) {
        String surname = latinSurname(hangulName);
        String given = hangulName.substring(1);
        String joined = Romanizer.capitalize(Romanizer.romanize(given));
        return switch (style) {
            case 0 -> surname + " " + joined;
            case 1 -> joined + " " + surname;
            case 2 -> (surname + " " + joined).toUpperCase(Locale.ROOT);
            default -> surname + " " + Romanizer.capitalize(Romanizer.romanize(given, "-"));
        };
    }

    /** Lower-case letters of the name for e-mail local parts, e.g. {@code [kim, minjun, mj]}. */
    static String[] emailParts(String hangulName) {
        String surname = latinSurname(hangulName).toLowerCase(Locale.ROOT);
        String given = hangulName.substring(1);
        StringBuilder initials = new StringBuilder();
        for (char c : given.toCharArray()) {
            initials.append(Romanizer.syllable(c).charAt(0));
        }
        return new String[] {surname, Romanizer.romanize(given), initials.toString()};
    }
}
