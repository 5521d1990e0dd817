package kr.crm.api.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Keys derived from a text, such as the idempotency key of a create made on a party's or a card's behalf: the text's
 * SHA-256 spelled in the letters {@code a}-{@code p}, one per half byte. Not in hexadecimal: a hexadecimal digest
 * can hold thirteen digits in a row that read as a resident registration number ({@link ResidentNumbers}), which
 * the CRM refuses to keep, so about one party in tens of thousands could not get its customer.
 */
public final class DigestKeys {
    private DigestKeys() {
    }

    /**
     * @param bytes how many of the digest's 32 bytes to spell (twice as many letters)
     */
    public static String of(String text, int bytes) {
        if (bytes < 1 || bytes > 32) {
            throw new IllegalArgumentException("bytes must be 1 to 32");
        }
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
        StringBuilder key = new StringBuilder(2 * bytes);
        for (int i = 0; i < bytes; i++) {
            key.append((char) ('a' + ((digest[i] >> 4) & 0xF))).append((char) ('a' + (digest[i] & 0xF)));
        }
        return key.toString();
    }
}
