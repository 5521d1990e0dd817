package kr.crm.customer.internal;

import java.security.SecureRandom;

/**
 * Draws stable keys such as {@code C7K3M9QX2TB}: a one-letter prefix, ten random Crockford
 * base-32 characters (50 bits; no I, L, O, U, so they read aloud and type without confusion)
 * and a check character that catches a single mistyped character. Random rather than sequential
 * so that several host nodes can draw keys without coordinating; the store's unique index settles
 * the rare collision.
 */
final class KeyGenerator {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BODY = 10;

    private final SecureRandom random = new SecureRandom();
    private final char prefix;

    KeyGenerator(char prefix) {
        this.prefix = prefix;
    }

    String next() {
        char[] body = new char[BODY];
        for (int i = 0; i < BODY; i++) {
            body[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        String b = new String(body);
        return prefix + b + checkChar(b);
    }

    /** True if {@code key} has this generator's prefix, shape and a correct check character. */
    boolean isWellFormed(String key) {
        if (key == null || key.length() != BODY + 2 || key.charAt(0) != prefix) {
            return false;
        }
        String body = key.substring(1, BODY + 1);
        for (char c : body.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return key.charAt(BODY + 1) == checkChar(body);
    }

    /** Weighted sum modulo 31 (prime), so transpositions and single substitutions both change it. */
    static char checkChar(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % 31);
    }
}
