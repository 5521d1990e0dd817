package kr.crm.identity.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a person or company name for searching: Unicode NFKC (so {@code ㈜} becomes
 * {@code (주)}), lower case, company-form marks ({@code (주)}, {@code 주식회사}, {@code (유)},
 * {@code 유한회사}) and every space removed. {@code (주) 한빛 정밀} and {@code 주식회사한빛정밀}
 * both fold to {@code 한빛정밀}.
 */
final class Names {
    private static final Pattern COMPANY_FORMS = Pattern.compile("\\(주\\)|\\(유\\)|\\(사\\)|\\(재\\)|주식회사|유한회사");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private Names() {
    }

    static String searchKey(String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = SPACE.matcher(folded).replaceAll("");
        return COMPANY_FORMS.matcher(folded).replaceAll("");
    }
}
