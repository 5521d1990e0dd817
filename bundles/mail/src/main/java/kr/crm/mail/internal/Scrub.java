package kr.crm.mail.internal;

import java.util.regex.Pattern;

/** Takes e-mail addresses out of a relay's answer before it is stored or shown: they are personal data. */
final class Scrub {
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+");
    private static final int MAX = 500;

    private Scrub() {
    }

    static String addresses(String text) {
        if (text == null) {
            return null;
        }
        String clean = ADDRESS.matcher(text.replaceAll("[\\r\\n]+", " ").strip()).replaceAll("<address>");
        return clean.length() <= MAX ? clean : clean.substring(0, MAX);
    }
}
