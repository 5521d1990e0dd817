package kr.crm.customer.internal;

import java.security.SecureRandom;

/**
 * Draws stable keys such as {@code C7K3M9QX2TB}: a one-letter prefix, ten random Crockford
 * base-32 characters (50 bits; no I, L, O, U, so they read aloud and type without confusion)
 * and a Luhn mod 32 check character, which catches every single mistyped character and most
 * swapped neighbours. Random rather than sequential
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

    /** Luhn mod N over the base-32 values, N = 32: doubling every second value from the right. */
    static char checkChar(String body) {
        int n = ALPHABET.length();
        int sum = 0;
        boolean doubled = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = ALPHABET.indexOf(body.charAt(i)) * (doubled ? 2 : 1);
            sum += addend / n + addend % n;
            doubled = !doubled;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
