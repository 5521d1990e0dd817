package kr.crm.tools.testdata;

import java.math.BigInteger;
import java.util.SplittableRandom;

/**
 * A seeded bijection of {@code [0, n)}: {@code i -> (a*i + b) mod n} with {@code gcd(a, n) = 1}.
 * Turning a customer index into a phone, BRN or e-mail number through one keeps those values
 * unique across customers without remembering which were used.
 */
final class AffinePermutation {
    private final long n;
    private final long a;
    private final long b;

    AffinePermutation(long n, SplittableRandom r) {
        if (n < 2 || n > 3_000_000_000L) {
            throw new IllegalArgumentException("range out of bounds: " + n);
        }
        this.n = n;
        long candidate = n / 3 + r.nextLong(n - n / 3);
        while (BigInteger.valueOf(candidate).gcd(BigInteger.valueOf(n)).longValue() != 1) {
            candidate = candidate + 1 < n ? candidate + 1 : 1;
        }
        this.a = candidate;
        this.b = r.nextLong(n);
    }

    /** The image of {@code i}, which must be in {@code [0, n)}. */
    long apply(long i) {
        if (i < 0 || i >= n) {
            throw new IllegalArgumentException(i + " not in [0, " + n + ")");
        }
        return Math.floorMod(Math.addExact(Math.multiplyExact(a, i), b), n);
    }
}
