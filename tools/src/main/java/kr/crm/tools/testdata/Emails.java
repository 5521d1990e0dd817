package kr.crm.tools.testdata;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * E-mail addresses: romanised name parts or a random word plus a number that is unique per
 * customer, at a Korean web-mail domain, or for companies often at their own {@code .co.kr} domain.
 */
final class Emails {
    private static final String[] DOMAINS = {"naver.com", "gmail.com", "daum.net", "hanmail.net",
        "nate.com", "kakao.com"};
    private static final double[] DOMAIN_WEIGHTS = {40, 25, 12, 10, 8, 5};
    private static final String[] WORDS = {"happy", "sky", "blue", "star", "sunny", "jjang",
        "lucky", "dream", "tiger", "moon"};
    private static final String[] COMPANY_LOCALS = {"info", "sales", "contact", "tax", "order",
        "admin", "buy"};

    private Emails() {
    }

    /** A person's address; {@code unique} is a number no other customer gets. */
    static String person(String hangulName, long unique, SplittableRandom r) {
        String[] p = PersonNames.emailParts(hangulName);
        String local = switch (r.nextInt(5)) {
            case 0 -> p[1] + p[0];
            case 1 -> p[0] + "." + p[1];
            case 2 -> p[2] + p[0];
            case 3 -> p[1] + "_" + p[0];
            default -> Rngs.pick(r, WORDS) + p[2];
        };
        return local + unique + "@" + DOMAINS[Rngs.weighted(r, DOMAIN_WEIGHTS)];
    }

    /** A company's address, at its own domain or at a web-mail domain. */
    static String company(String canonicalName, long unique, SplittableRandom r) {
        String latin = CompanyNames.latinStem(canonicalName);
        if (r.nextDouble() < 0.5) {
            return Rngs.pick(r, COMPANY_LOCALS) + unique + "@" + latin + ".co.kr";
        }
        return latin + unique + "@" + DOMAINS[Rngs.weighted(r, DOMAIN_WEIGHTS)];
    }

    /** The address with upper-case letters and/or blanks around it ({@code "Kim@Naver.com "}). */
    static String respell(String email, SplittableRandom r) {
        String spelled = switch (r.nextInt(3)) {
            case 0 -> email.toUpperCase(Locale.ROOT);
            case 1 -> capitalizeParts(email);
            default -> email;
        };
        return switch (r.nextInt(4)) {
            case 0 -> spelled + " ";
            case 1 -> " " + spelled;
            case 2 -> " " + spelled + " ";
            default -> spelled.equals(email) ? email + " " : spelled;
        };
    }

    private static String capitalizeParts(String email) {
        int at = email.indexOf('@');
        return Romanizer.capitalize(email.substring(0, at)) + "@"
                + Romanizer.capitalize(email.substring(at + 1));
    }
}
