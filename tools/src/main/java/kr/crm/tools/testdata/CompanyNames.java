package kr.crm.tools.testdata;

import java.util.SplittableRandom;

/**
 * Korean company names: a stem of a two-syllable word and a business word ({@code 한빛} +
 * {@code 정밀}), with a legal form. The canonical spelling is {@code 주식회사 한빛정밀} or
 * {@code 유한회사 한빛정밀}; channels write the legal form in any of its spellings or leave it out.
 */
final class CompanyNames {
    static final String STOCK = "주식회사";
    static final String LIMITED = "유한회사";
    private static final String[] WORDS = {"한빛", "대성", "세진", "미래", "푸른", "동해", "새한",
        "그린", "태양", "우리", "삼화", "대한", "동양", "신성", "영진", "성원", "서해", "금강", "한솔",
        "일진", "청호", "유진", "제일", "국제", "한길", "다온", "누리", "하나", "새봄", "늘찬"};
    private static final String[] SYLLABLES = {"한", "대", "세", "미", "동", "새", "태", "삼", "신",
        "영", "성", "금", "일", "청", "유", "진", "광", "명", "보", "경", "창", "해", "수", "정"};
    private static final String[] BUSINESS = {"정밀", "산업", "테크", "식품", "물산", "화학",
        "로지스", "전자", "건설", "제약", "기계", "상사", "유통", "소재", "시스템", "통상", "무역",
        "바이오", "에너지", "엔지니어링"};
    private static final String[] BUSINESS_LATIN = {"precision", "ind", "tech", "food", "corp",
        "chem", "logis", "elec", "const", "pharm", "mach", "trading", "dist", "materials", "sys",
        "trade", "global", "bio", "energy", "eng"};
    private static final String[] STOCK_FORMS = {"(주)%s", "(주) %s", "주식회사 %s", "주식회사%s",
        "%s 주식회사", "㈜%s", "㈜ %s", "%s(주)", "%s (주)", "%s"};
    private static final String[] LIMITED_FORMS = {"(유)%s", "(유) %s", "유한회사 %s", "%s 유한회사",
        "%s(유)", "%s"};

    private CompanyNames() {
    }

    /** A canonical name: legal form (mostly 주식회사), blank, stem. */
    static String canonical(SplittableRandom r) {
        String word = r.nextDouble() < 0.7 ? Rngs.pick(r, WORDS)
                : Rngs.pick(r, SYLLABLES) + Rngs.pick(r, SYLLABLES);
        String stem = word + Rngs.pick(r, BUSINESS);
        return (r.nextDouble() < 0.9 ? STOCK : LIMITED) + " " + stem;
    }

    /** The stem of a canonical name ({@code 한빛정밀}). */
    static String stem(String canonical) {
        return canonical.substring(canonical.indexOf(' ') + 1);
    }

    /** The legal form of a canonical name: {@link #STOCK} or {@link #LIMITED}. */
    static String legalForm(String canonical) {
        return canonical.substring(0, canonical.indexOf(' '));
    }

    /** The name in another spelling: legal form moved, abbreviated or dropped, stem maybe spaced. */
    static String respell(String canonical, SplittableRandom r) {
        String stem = stem(canonical);
        if (r.nextDouble() < 0.25) {
            stem = stem.substring(0, 2) + " " + stem.substring(2);
        }
        String[] forms = STOCK.equals(legalForm(canonical)) ? STOCK_FORMS : LIMITED_FORMS;
        return String.format(Rngs.pick(r, forms), stem);
    }

    /** A domain-like Latin rendering of the stem: {@code hanbitprecision}. */
    static String latinStem(String canonical) {
        String stem = stem(canonical);
        String business = stem.substring(2);
        for (int i = 0; i < BUSINESS.length; i++) {
            if (BUSINESS[i].equals(business)) {
                return Romanizer.romanize(stem.substring(0, 2)) + BUSINESS_LATIN[i];
            }
        }
        return Romanizer.romanize(stem);
    }
}
