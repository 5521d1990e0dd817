package kr.crm.tools.testdata;

import java.util.SplittableRandom;

/**
 * Random sources derived from (seed, purpose, index), so any customer or record can be regenerated
 * on its own, in any order, without generating the ones before it.
 */
final class Rngs {
    static final long BASE = 1;
    static final long DETAIL = 2;
    static final long RECORDS = 3;
    static final long PADDING = 4;
    static final long ORDERS = 5;
    static final long SETUP = 6;

    private Rngs() {
    }

    /** A generator for one purpose and one index. */
    static SplittableRandom of(long seed, long purpose, long index) {
        return new SplittableRandom(mix(mix(seed ^ purpose * 0x9E3779B97F4A7C15L) + index));
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** True with probability p. */
    static boolean chance(SplittableRandom r, double p) {
        return p > 0 && r.nextDouble() < p;
    }

    /** A uniformly chosen element. */
    static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    /** An index chosen with probability proportional to its weight. */
    static int weighted(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
